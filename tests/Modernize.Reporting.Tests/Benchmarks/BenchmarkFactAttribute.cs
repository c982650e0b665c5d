namespace Modernize.Reporting.Tests.Benchmarks;

/// <summary>A measurement, not a test: runs only when MODERNIZE_BENCHMARK=1 (see docs/report.md for the command).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("MODERNIZE_BENCHMARK") != "1")
        {
            Skip = "benchmark: set MODERNIZE_BENCHMARK=1 to run it";
        }
    }
}
