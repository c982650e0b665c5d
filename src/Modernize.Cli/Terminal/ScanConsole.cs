using Modernize.Extraction;
using Modernize.Scanning.Progress;
using Spectre.Console;

namespace Modernize.Cli.Terminal;

/// <summary>
/// Shows a scan's progress: a live Spectre.Console display on a terminal, plain timestamped lines when output is
/// redirected, as in CI (on stdout, so stderr carries only errors).
/// </summary>
internal static class ScanConsole
{
    public static async Task<T> RunAsync<T>(bool verbose, Func<IScanProgress, Task<T>> run)
    {
        if (System.Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await run(new PlainProgress(verbose)).ConfigureAwait(false);
        }

        return await AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context => await run(new LiveProgress(context, verbose)).ConfigureAwait(false))
            .ConfigureAwait(false);
    }

    private sealed class PlainProgress(bool verbose) : IScanProgress
    {
        private readonly Dictionary<string, int> lastPercent = new(StringComparer.Ordinal);

        public void Stage(string name) => Write(name);

        public void Loading(string message)
        {
            if (verbose || !message.StartsWith("Evaluate", StringComparison.Ordinal))
            {
                Write("  " + message);
            }
        }

        public void Extracting(ExtractionProgress progress)
        {
            // One line per project per 25% keeps CI logs readable.
            var percent = progress.DocumentsTotal == 0 ? 100 : progress.DocumentsDone * 100 / progress.DocumentsTotal / 25 * 25;
            lock (lastPercent)
            {
                if (lastPercent.TryGetValue(progress.Project, out var last) && last >= percent)
                {
                    return;
                }

                lastPercent[progress.Project] = percent;
            }

            Write($"  {progress.Project}: {progress.DocumentsDone}/{progress.DocumentsTotal} documents");
        }

        public void Detail(string message)
        {
            if (verbose)
            {
                Write("  " + message);
            }
        }

        private static void Write(string line) =>
            System.Console.Out.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
    }

    private sealed class LiveProgress(ProgressContext context, bool verbose) : IScanProgress
    {
        private readonly Dictionary<string, ProgressTask> projects = new(StringComparer.Ordinal);
        private ProgressTask? stage;

        public void Stage(string name)
        {
            stage?.StopTask();
            stage = context.AddTask(Markup.Escape(name)).IsIndeterminate(true);
        }

        public void Loading(string message)
        {
            if (stage is not null)
            {
                stage.Description = Markup.Escape("Loading: " + Shorten(message));
            }

            if (verbose)
            {
                AnsiConsole.MarkupLine("[grey]" + Markup.Escape(message) + "[/]");
            }
        }

        public void Extracting(ExtractionProgress progress)
        {
            lock (projects)
            {
                if (!projects.TryGetValue(progress.Project, out var task))
                {
                    task = context.AddTask(Markup.Escape(progress.Project), maxValue: Math.Max(1, progress.DocumentsTotal));
                    projects[progress.Project] = task;
                }

                task.Value = progress.DocumentsDone;
            }
        }

        public void Detail(string message)
        {
            if (verbose)
            {
                AnsiConsole.MarkupLine("[grey]" + Markup.Escape(message) + "[/]");
            }
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
    }
}
