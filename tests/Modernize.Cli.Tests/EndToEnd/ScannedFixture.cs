using System.Collections.Concurrent;
using Modernize.Cli.Tests.Scan;
using Modernize.Model.Scan;
using Modernize.Reporting.Json;
using Modernize.Testing;

namespace Modernize.Cli.Tests.EndToEnd;

/// <summary>
/// One fixture copied out of the repository (its Directory.Build.props must not apply to it) and scanned by the real CLI, as
/// a user would: <c>modernize scan ENTRY --json --report --db</c>. A real MSBuild scan costs tens of seconds, so each fixture
/// is scanned at most once per test run (<see cref="Of"/>) and every test that only reads the result shares it: its document,
/// JSON, HTML report and store. The copy is deleted when the test process exits (decision 75, docs/testing.md).
/// </summary>
public sealed class FixtureScan
{
    private static readonly ConcurrentDictionary<(string Fixture, string Entry), Lazy<FixtureScan>> Scans = new();

    private readonly TempDirectory temp;

    private FixtureScan(string fixture, string entry)
    {
        temp = new TempDirectory("modernize-e2e");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => temp.Dispose();
        Folder = temp.CopyFrom(RepoPaths.Fixture(fixture), fixture);
        Entry = entry;
        Result = ModernizeCli.Run(Folder, ["scan", entry, "--json", Json, "--report", Report, "--db", Database]);
        Assert.True(Result.ExitCode == 0, Result.Output);
        Scan = ScanJsonReader.ReadFile(Json);
    }

    /// <summary>fixtures/legacy-shop, LegacyShop.sln.</summary>
    public static FixtureScan LegacyShop => Of("legacy-shop", "LegacyShop.sln");

    /// <summary>fixtures/modern-shop, ModernShop.slnx.</summary>
    public static FixtureScan ModernShop => Of("modern-shop", "ModernShop.slnx");

    /// <summary>The copy that was scanned.</summary>
    public string Folder { get; }

    /// <summary>The solution file, relative to <see cref="Folder"/>.</summary>
    public string Entry { get; }

    public ProcessResult Result { get; }

    public ScanDocument Scan { get; }

    public string Json => temp.Combine("scan.json");

    public string Report => temp.Combine("report.html");

    public string Database => temp.Combine("modernize.db");

    /// <summary>The scan of a fixture's entry, made by the first test that asks (the others wait for it) and kept for the run.</summary>
    public static FixtureScan Of(string fixture, string entry) =>
        Scans.GetOrAdd((fixture, entry), key => new Lazy<FixtureScan>(() => new FixtureScan(key.Fixture, key.Entry))).Value;

    /// <summary>A path beside the scan's outputs, outside the scanned tree.</summary>
    public string Output(string name) => temp.Combine(name);
}

/// <summary>
/// A collection fixture over <see cref="FixtureScan"/>: the tests of a collection run one at a time, so those that also use the
/// store or write beside the outputs never meet; tests outside the collection that only read the scan use <see cref="FixtureScan"/>.
/// </summary>
public abstract class ScannedFixture(FixtureScan scan)
{
    public string Folder => scan.Folder;

    public string Entry => scan.Entry;

    public ProcessResult Result => scan.Result;

    public ScanDocument Scan => scan.Scan;

    public string Json => scan.Json;

    public string Report => scan.Report;

    public string Database => scan.Database;

    public string Output(string name) => scan.Output(name);
}

/// <summary>fixtures/legacy-shop scanned once.</summary>
public sealed class LegacyShopScan() : ScannedFixture(FixtureScan.LegacyShop);

/// <summary>fixtures/modern-shop scanned once.</summary>
public sealed class ModernShopScan() : ScannedFixture(FixtureScan.ModernShop);

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
