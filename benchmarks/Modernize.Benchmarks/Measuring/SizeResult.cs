using Modernize.Benchmarks.Generation;

namespace Modernize.Benchmarks.Measuring;

/// <summary>Everything measured for one generated size: the cold build, the full scan, each kind of rescan and a pull-request check.</summary>
internal sealed record SizeResult(string Label, GeneratedSolution Solution, RunMeasurement Build, RunMeasurement Scan, IReadOnlyList<(string Name, RunMeasurement Run)> Rescans)
{
    public double ScanToBuild => Scan.Wall / Build.Wall;

    /// <summary>CPU ratio: steadier than wall time on a shared machine, where other processes stretch both runs unequally.</summary>
    public double ScanToBuildCpu => Scan.Cpu / Build.Cpu;

    public double SecondsPer100kLines => Scan.Wall.TotalSeconds / (Solution.Lines / 100_000.0);
}
