using System.Globalization;

namespace Modernize.Benchmarks;

/// <summary>Command line of the benchmark: <c>--sizes 10k,100k,300k,1m</c>, <c>--keep</c> (keep the generated trees), <c>--no-doc</c>, <c>--no-build</c> (no cold build).</summary>
internal sealed record BenchmarkOptions(IReadOnlyList<(string Label, int Lines)> Sizes, bool Keep, bool WriteDoc, bool Build, string Command)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var sizes = "10k,100k,300k";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--sizes" && i + 1 < args.Length)
            {
                sizes = args[++i];
            }
        }

        var parsed = sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (s.ToLowerInvariant(), Lines(s))).ToList();
        var command = "dotnet run -c Release --project benchmarks/Modernize.Benchmarks -- " + string.Join(' ', args.Length == 0 ? ["--sizes", sizes] : args);
        return new BenchmarkOptions(parsed, args.Contains("--keep"), !args.Contains("--no-doc"), !args.Contains("--no-build"), command);
    }

    private static int Lines(string size)
    {
        var text = size.Trim().ToLowerInvariant();
        var multiplier = text.EndsWith('k') ? 1_000 : text.EndsWith('m') ? 1_000_000 : 1;
        var number = multiplier == 1 ? text : text[..^1];
        return checked((int)(double.Parse(number, CultureInfo.InvariantCulture) * multiplier));
    }
}
