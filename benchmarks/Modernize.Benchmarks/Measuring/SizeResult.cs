using Modernize.Benchmarks.Generation;

namespace Modernize.Benchmarks.Measuring;

/// <summary>Everything measured for one generated size: the cold build, the full scan, each kind of rescan and a pull-request check.</summary>
/// <param name="Build">The cold build; null when the run was asked not to build (<c>--no-build</c>).</param>
internal sealed record SizeResult(string Label, GeneratedSolution Solution, RunMeasurement? Build, RunMeasurement Scan, IReadOnlyList<(string Name, RunMeasurement Run)> Rescans)
{
    /// <summary>The bound on the peak resident memory of the scanner and its build host together.</summary>
    public const double PeakTargetMiB = 1536;

    public double? ScanToBuild => Build is null ? null : Scan.Wall / Build.Wall;

    /// <summary>CPU ratio: steadier than wall time on a shared machine, where other processes stretch both runs unequally.</summary>
    public double? ScanToBuildCpu => Build is null ? null : Scan.Cpu / Build.Cpu;

    /// <summary>The largest peak of any scan or check of this size.</summary>
    public double PeakMiB => Rescans.Select(r => r.Run.PeakMiB).Append(Scan.PeakMiB).Max();

    public double SecondsPer100kLines => Scan.Wall.TotalSeconds / (Solution.Lines / 100_000.0);
}
