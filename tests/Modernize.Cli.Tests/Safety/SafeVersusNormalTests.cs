using System.Globalization;
using Modernize.Cli.Tests.EndToEnd;
using Modernize.Model.Scan;
using Modernize.Reporting.Json;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Safety;

/// <summary>
/// Safe mode reads project files as data; on fixtures that need no MSBuild logic it must find what MSBuild finds: the same
/// types (with project, file, line, kind) and the same dependencies (with kinds, counts and sample lines).
/// </summary>
public sealed class SafeVersusNormalTests
{
    [Theory]
    [InlineData("legacy-shop", "LegacyShop.sln")]
    [InlineData("modern-shop", "ModernShop.slnx")]
    public void Safe_and_normal_scans_give_the_same_types_and_dependencies(string fixture, string solution)
    {
        using var temp = new TempDirectory();
        var folder = temp.CopyFrom(RepoPaths.Fixture(fixture), "copy");
        var safe = Scan(temp, Path.Combine(folder, solution), "--safe");
        var normal = FixtureScan.Of(fixture, solution).Scan; // the run's one MSBuild scan of the fixture (same files, another copy)

        Assert.NotEmpty(normal.Graph.Types);
        Assert.Equal(Types(normal), Types(safe));
        Assert.Equal(Dependencies(normal), Dependencies(safe));
        Assert.All(safe.Graph.Projects, p => Assert.Equal(0, p.Fidelity.Errors));
    }

    private static ScanDocument Scan(TempDirectory temp, string solution, params string[] options)
    {
        var json = temp.Combine(Guid.NewGuid().ToString("N") + ".json");
        var result = ProcessCli.Run(temp.Path, null, ["scan", solution, "--no-store", "--no-report", "--no-history", "--json", json, .. options]);
        Assert.True(result.ExitCode == 0, result.Output);
        return ScanJsonReader.ReadFile(json);
    }

    private static List<string> Types(ScanDocument scan) =>
        scan.Graph.Types.Select(t => $"{t.Id} {t.Kind} {t.Project} {t.File}:{t.Line} generated={t.Generated}").Order(StringComparer.Ordinal).ToList();

    private static List<string> Dependencies(ScanDocument scan) =>
        scan.Graph.Dependencies
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.From} -> {d.To} {d.Weight} [{string.Join(',', d.Kinds.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value}"))}] {string.Join(',', d.Samples.Select(s => $"{s.File}:{s.Line}"))}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
