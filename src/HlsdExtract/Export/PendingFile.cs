namespace HlsdExtract.Export;

/// <summary>
/// A file written in full under a temporary name next to its target, not yet in place:
/// <see cref="Commit"/> renames it over the target (unless the target holds the same bytes);
/// disposing without committing deletes it, so a failure leaves the earlier file and no temporary one.
/// </summary>
public sealed class PendingFile : IDisposable
{
    private readonly string _temp;
    private readonly string _target;

    internal PendingFile(string temp, string target)
    {
        _temp = temp;
        _target = target;
    }

    /// <summary>Moves the file in; false when the target already held the same bytes (then it, and its time, stay).</summary>
    public bool Commit()
    {
        if (AtomicFile.SameFiles(_temp, _target))
        {
            return false;
        }

        File.Move(_temp, _target, overwrite: true);
        return true;
    }

    public void Dispose()
    {
        if (File.Exists(_temp))
        {
            File.Delete(_temp);
        }
    }
}
