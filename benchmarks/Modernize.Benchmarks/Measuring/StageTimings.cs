using System.Globalization;
using System.Text.RegularExpressions;

namespace Modernize.Benchmarks.Measuring;

/// <summary>Reads the per-stage timings that <c>modernize scan --verbose</c> prints as <c>Timing: &lt;stage&gt; &lt;seconds&gt; s</c>.</summary>
internal static partial class StageTimings
{
    public static IReadOnlyList<(string Stage, double Seconds)> Parse(string output) =>
        [.. TimingLine().Matches(output).Select(m => (m.Groups[1].Value, double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];

    [GeneratedRegex(@"Timing: (.+?) ([0-9.]+) s\r?$", RegexOptions.Multiline)]
    private static partial Regex TimingLine();
}
