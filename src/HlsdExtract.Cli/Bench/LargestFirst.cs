using System.Runtime.ExceptionServices;

namespace HlsdExtract.Cli.Bench;

/// <summary>
/// The all-core run: one thread per core, each taking the next document from a shared counter,
/// the largest documents first. One document at a time keeps the threads busy to the end (a
/// range partitioner can leave one thread with a chunk of long pages while the other waits), and
/// largest first leaves only short documents for the end.
/// </summary>
internal static class LargestFirst
{
    /// <summary><paramref name="corpus"/> ordered by size, largest first (ties in corpus order).</summary>
    public static List<BenchDocument> Order(IEnumerable<BenchDocument> corpus) => [.. corpus.OrderByDescending(d => d.Bytes.Length)];

    /// <summary>Runs <paramref name="action"/> on every document of <paramref name="ordered"/> on <paramref name="threads"/> threads (this one among them).</summary>
    public static void Run(IReadOnlyList<BenchDocument> ordered, int threads, Action<BenchDocument> action)
    {
        var next = -1;
        ExceptionDispatchInfo? failed = null;
        void Work()
        {
            int i;
            while (failed is null && (i = Interlocked.Increment(ref next)) < ordered.Count)
            {
                try
                {
                    action(ordered[i]);
                }
                catch (Exception ex)
                {
                    Interlocked.CompareExchange(ref failed, ExceptionDispatchInfo.Capture(ex), null);
                }
            }
        }

        var others = Enumerable.Range(1, Math.Max(0, threads - 1)).Select(_ => new Thread(Work) { IsBackground = true }).ToList();
        others.ForEach(t => t.Start());
        Work();
        others.ForEach(t => t.Join());
        failed?.Throw();
    }
}
