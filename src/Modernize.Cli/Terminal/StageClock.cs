using System.Diagnostics;
using System.Globalization;
using Modernize.Scanning.Progress;

namespace Modernize.Cli.Terminal;

/// <summary>
/// Wall time per stage of one command run, for <c>--verbose</c> (printed as <c>Timing: &lt;stage&gt; &lt;seconds&gt; s</c>, which the
/// benchmark in benchmarks/Modernize.Benchmarks reads). Starting a stage ends the one before.
/// </summary>
internal sealed class StageClock
{
    private readonly List<(string Stage, TimeSpan Elapsed)> finished = [];
    private readonly Stopwatch clock = new();
    private string? current;

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Finished => finished;

    public void Start(string stage)
    {
        Stop();
        current = stage;
        clock.Restart();
    }

    public void Stop()
    {
        if (current is not null)
        {
            finished.Add((current, clock.Elapsed));
            current = null;
        }
    }

    public IEnumerable<string> Lines()
    {
        Stop();
        return finished.Select(s => string.Create(CultureInfo.InvariantCulture, $"Timing: {s.Stage} {s.Elapsed.TotalSeconds:F2} s"));
    }

    /// <summary>Times the pipeline's stages as it announces them, passing every report on.</summary>
    public IScanProgress Observe(IScanProgress inner) => new TimedProgress(inner, this);

    private sealed class TimedProgress(IScanProgress inner, StageClock clock) : IScanProgress
    {
        public void Stage(string name)
        {
            clock.Start(name);
            inner.Stage(name);
        }

        public void Loading(string message) => inner.Loading(message);

        public void Extracting(Modernize.Extraction.ExtractionProgress progress) => inner.Extracting(progress);

        public void Detail(string message) => inner.Detail(message);
    }
}
