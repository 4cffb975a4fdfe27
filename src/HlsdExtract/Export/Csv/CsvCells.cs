namespace HlsdExtract.Export.Csv;

/// <summary>
/// Formula-injection escaping that a reader can undo: a cell that begins with = + - @ tab, CR
/// or an apostrophe gets one leading apostrophe, so a spreadsheet shows it as text; plain
/// numbers ("-12", "-0.5") stay numbers. <see cref="Unescape"/> removes exactly that apostrophe.
/// </summary>
public static class CsvCells
{
    public static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell) || !NeedsEscape(cell[0]) || IsPlainNegativeNumber(cell))
        {
            return cell ?? string.Empty;
        }

        return "'" + cell;
    }

    public static string Unescape(string cell)
    {
        if (cell.Length < 2 || cell[0] != '\'' || !NeedsEscape(cell[1]))
        {
            return cell;
        }

        var inner = cell[1..];
        return IsPlainNegativeNumber(inner) ? cell : inner;
    }

    /// <summary>True when a spreadsheet could read the cell as a formula or command.</summary>
    public static bool IsDangerous(string cell) =>
        cell.Length > 0 && NeedsEscape(cell[0]) && cell[0] != '\'' && !IsPlainNegativeNumber(cell);

    private static bool NeedsEscape(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'';

    private static bool IsPlainNegativeNumber(ReadOnlySpan<char> cell)
    {
        if (cell.Length < 2 || cell[0] != '-')
        {
            return false;
        }

        var dot = false;
        for (var i = 1; i < cell.Length; i++)
        {
            if (cell[i] == '.' && !dot && i > 1 && i < cell.Length - 1)
            {
                dot = true;
            }
            else if (!char.IsAsciiDigit(cell[i]))
            {
                return false;
            }
        }

        return true;
    }
}
