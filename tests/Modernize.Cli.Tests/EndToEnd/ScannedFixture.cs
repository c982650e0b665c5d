using Modernize.Cli.Tests.Scan;
using Modernize.Model.Scan;
using Modernize.Reporting.Json;
using Modernize.Testing;

namespace Modernize.Cli.Tests.EndToEnd;

/// <summary>
/// One fixture copied out of the repository (its Directory.Build.props must not apply to it) and scanned once by the real
/// CLI, as a user would: <c>modernize scan ENTRY --json --report --db</c>. The tests of a collection share the scan, its
/// JSON, its HTML report and its store.
/// </summary>
public abstract class ScannedFixture : IDisposable
{
    private readonly TempDirectory temp;

    protected ScannedFixture(string fixture, string entry)
    {
        temp = new TempDirectory("modernize-e2e");
        Folder = temp.CopyFrom(RepoPaths.Fixture(fixture), fixture);
        Entry = entry;
        Result = ModernizeCli.Run(Folder, ["scan", entry, "--json", Json, "--report", Report, "--db", Database]);
        Assert.True(Result.ExitCode == 0, Result.Output);
        Scan = ScanJsonReader.ReadFile(Json);
    }

    /// <summary>The copy that was scanned.</summary>
    public string Folder { get; }

    /// <summary>The solution file, relative to <see cref="Folder"/>.</summary>
    public string Entry { get; }

    public ProcessResult Result { get; }

    public ScanDocument Scan { get; }

    public string Json => temp.Combine("scan.json");

    public string Report => temp.Combine("report.html");

    public string Database => temp.Combine("modernize.db");

    /// <summary>A path beside the scan's outputs, outside the scanned tree.</summary>
    public string Output(string name) => temp.Combine(name);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            temp.Dispose();
        }
    }
}

/// <summary>fixtures/legacy-shop scanned once.</summary>
public sealed class LegacyShopScan() : ScannedFixture("legacy-shop", "LegacyShop.sln");

/// <summary>fixtures/modern-shop scanned once.</summary>
public sealed class ModernShopScan() : ScannedFixture("modern-shop", "ModernShop.slnx");

[CollectionDefinition(Name)]
public sealed class LegacyShopScans : ICollectionFixture<LegacyShopScan>
{
    public const string Name = "legacy-shop scanned end to end";
}

[CollectionDefinition(Name)]
public sealed class ModernShopScans : ICollectionFixture<ModernShopScan>
{
    public const string Name = "modern-shop scanned end to end";
}
