namespace Modernize.Benchmarks.Measuring;

/// <summary>One measured child process: wall time, CPU time of its tree, peak resident memory of its tree, exit code and output.</summary>
internal sealed record RunMeasurement(TimeSpan Wall, TimeSpan Cpu, long PeakBytes, int ExitCode, string Output)
{
    public double PeakMiB => PeakBytes / (1024.0 * 1024.0);
}
