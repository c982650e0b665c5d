using Modernize.Benchmarks.Generation;

namespace Modernize.Benchmarks.Measuring;

/// <summary>Everything measured for one generated size: the full scan, the rescan after a one-file change, and the cold build.</summary>
internal sealed record SizeResult(
    string Label,
    GeneratedSolution Solution,
    RunMeasurement Scan,
    RunMeasurement Rescan,
    RunMeasurement Build,
    IReadOnlyList<(string Stage, double Seconds)> ScanStages,
    IReadOnlyList<(string Stage, double Seconds)> RescanStages)
{
    public double ScanToBuild => Scan.Wall / Build.Wall;

    /// <summary>CPU ratio: steadier than wall time on a shared machine, where other processes stretch both runs unequally.</summary>
    public double ScanToBuildCpu => Scan.Cpu / Build.Cpu;

    public double RescanToScan => Rescan.Wall / Scan.Wall;

    public double SecondsPer100kLines => Scan.Wall.TotalSeconds / (Solution.Lines / 100_000.0);
}
