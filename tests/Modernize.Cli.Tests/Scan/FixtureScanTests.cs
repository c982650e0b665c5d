using Modernize.Cli.Tests.EndToEnd;
using Modernize.Model.Graph;
using Modernize.Model.Scan;
using Modernize.Reporting.Json;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Scan;

/// <summary>The real CLI on the repository's fixtures, each copied out of the repository first (its build settings must not apply).</summary>
public sealed class FixtureScanTests
{
    private static (ProcessResult Result, ScanDocument? Scan) Scan(TempDirectory temp, string fixture, string entry, params string[] options)
    {
        var folder = temp.CopyFrom(RepoPaths.Fixture(fixture.Split('/')), "copy");
        var json = temp.Combine("scan.json");
        var result = ModernizeCli.Run(folder, ["scan", entry, "--json", json, .. options]);
        return (result, File.Exists(json) ? ScanJsonReader.ReadFile(json) : null);
    }

    [Theory]
    [InlineData("malformed/garbage-sln", "Broken.sln")]
    [InlineData("malformed/truncated-sln", "Truncated.sln")]
    [InlineData("malformed/bad-slnx", "Bad.slnx")]
    [InlineData("malformed/bad-xml-project", "Bad.csproj")]
    [InlineData("malformed/dtd-project", "Dtd.csproj")]
    [InlineData("malformed/not-a-project", ".")]
    [InlineData("malformed/two-solutions", ".")]
    public void Malformed_fixtures_exit_2_with_one_line_naming_the_file(string fixture, string entry)
    {
        using var temp = new TempDirectory();
        var (result, scan) = Scan(temp, fixture, entry);
        Assert.Equal(2, result.ExitCode);
        Assert.Null(scan);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(entry == "." ? "copy" : entry, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Exec_marker_in_safe_mode_runs_no_target()
    {
        using var temp = new TempDirectory();
        var (result, scan) = Scan(temp, "malformed/exec-marker", "Exec.csproj", "--safe");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains(scan!.Graph.Types, t => t.Id == "Exec.Victim");
        Assert.Equal(LoadMode.Safe, Assert.Single(scan.Graph.Projects).Fidelity.Mode);
        Assert.Empty(Directory.EnumerateFiles(temp.Combine("copy"), "MARKER_*"));
    }

    [Fact]
    public void Unresolvable_sdk_falls_back_to_the_sources()
    {
        using var temp = new TempDirectory();
        var (result, scan) = Scan(temp, "malformed/unresolvable-sdk", "Weird.csproj");
        Assert.True(result.ExitCode == 0, result.Output);
        var project = Assert.Single(scan!.Graph.Projects);
        Assert.Equal(LoadMode.Fallback, project.Fidelity.Mode);
        Assert.Equal(["Weird.Models.Gadget", "Weird.Widget"], scan.Graph.Types.Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_package_is_a_warning_and_the_types_are_scanned()
    {
        using var temp = new TempDirectory();
        var (result, scan) = Scan(temp, "malformed/missing-package", "Pkg.csproj");
        Assert.True(result.ExitCode == 0, result.Output);
        var project = Assert.Single(scan!.Graph.Projects);
        Assert.Contains(project.Fidelity.Warnings, w => w.Contains("Contoso.DoesNotExist", StringComparison.Ordinal));
        Assert.Contains(project.Packages, p => p.Id == "Contoso.DoesNotExist" && !p.Resolved);
        Assert.Equal(["Pkg.InvoiceExporter", "Pkg.Ledger", "Pkg.LedgerEntry"], scan.Graph.Types.Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Global_json_pin_is_a_warning_and_the_scan_works()
    {
        using var temp = new TempDirectory();
        var (result, scan) = Scan(temp, "malformed/global-json-pin", "Pinned.csproj");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains(scan!.Graph.Warnings, w => w.Contains("6.0.100", StringComparison.Ordinal));
        Assert.Equal(["Pinned.Calculator"], scan.Graph.Types.Select(t => t.Id));
        Assert.Equal(0, scan.Graph.Projects[0].Fidelity.Errors);
    }

    [Fact]
    public void Modern_shop_slnx_loads_every_project_once_with_msbuild()
    {
        var scan = FixtureScan.ModernShop.Scan; // the run's one scan of the fixture, shared with the end-to-end tests
        Assert.Equal(5, scan.Graph.Projects.Count);
        Assert.All(scan.Graph.Projects, p => Assert.Equal(LoadMode.MsBuild, p.Fidelity.Mode));
        Assert.All(scan.Graph.Projects, p => Assert.True(p.Fidelity.Errors == 0, p.Name + " has errors"));
        var kernel = scan.Graph.Projects.Single(p => p.Name == "ModernShop.SharedKernel");
        Assert.Equal(["net10.0", "net9.0"], kernel.TargetFrameworks.Order(StringComparer.Ordinal));
        Assert.Equal(22, scan.Graph.Types.Count);
        Assert.Equal(["ModernShop.Catalog.CatalogStrings", "ModernShop.Catalog.Generated.CatalogMap"], scan.Graph.Types.Where(t => t.Generated).Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Legacy_shop_loads_with_msbuild_and_compiles()
    {
        var scan = FixtureScan.LegacyShop.Scan;
        Assert.Equal(5, scan.Graph.Projects.Count);
        Assert.All(scan.Graph.Projects, p => Assert.True(p.Fidelity.Mode == LoadMode.MsBuild && p.Fidelity.Errors == 0 && !p.Fidelity.IsLow, p.Name));
        Assert.Equal(45, scan.Graph.Types.Count(t => !t.Generated));
    }
}
