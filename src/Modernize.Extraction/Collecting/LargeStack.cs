namespace Modernize.Extraction.Collecting;

/// <summary>
/// Runs Roslyn work that recurses as deep as the code is nested (binding, operation trees, metrics) on a thread with a
/// 256 MiB stack. A thread-pool thread has 1.5 MiB, which 10,000 nested parentheses overflow, and a stack overflow kills the
/// process with no chance to report it. The stack is reserved, not committed: shallow code costs nothing extra.
/// </summary>
internal static class LargeStack
{
    private const int StackBytes = 256 * 1024 * 1024;

    public static Task<T> RunAsync<T>(Func<T> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    completion.SetResult(work());
                }
#pragma warning disable CA1031 // Every failure is handed to the awaiting caller, which decides what it means.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    completion.SetException(ex);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "modernize-deep-walk",
        };
        thread.Start();
        return completion.Task;
    }
}
