using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Modernize.Storage;
using Modernize.Testing;
using Modernize.Testing.Scans;

// dotnet run -c Release --project benchmarks/Modernize.Storage.Benchmarks [-- scans]
// dotnet run -c Release --project benchmarks/Modernize.Storage.Benchmarks -- team <postgres url>   (docs/team.md)
if (args is ["team", var server])
{
    await TeamBenchmark.RunAsync(server);
    return;
}

var scanCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var shape = SyntheticShape.Large;
var first = SyntheticScan.Create(shape);
Console.WriteLine($"synthetic scan: {first.Graph.Types.Count:N0} types, {first.Graph.Dependencies.Count:N0} dependencies, "
    + $"{first.Graph.Types.Sum(t => t.Metrics.SourceLines):N0} source lines, {first.Analysis.Findings.Count:N0} findings");

using var temp = new TempDirectory("modernize-bench");

// Warm-up (JIT, SQLite native load) in a throw-away database.
using (var warm = await ScanStoreFactory.OpenAsync(temp.Combine("warm.db")))
{
    await warm.SaveAsync(SyntheticScan.Create(SyntheticShape.Small), CancellationToken.None);
}

// The worst case: every section new (first scan into an empty database). Median of three fresh databases.
var fullSaves = new List<double>();
for (var i = 0; i < 3; i++)
{
    using var store = await ScanStoreFactory.OpenAsync(temp.Combine($"full{i}.db"));
    var clock = Stopwatch.StartNew();
    await store.SaveAsync(first, CancellationToken.None);
    fullSaves.Add(clock.Elapsed.TotalMilliseconds);
}

Console.WriteLine($"first save of the 300k-line scan: median {fullSaves.Order().ElementAt(1):F0} ms ({string.Join(", ", fullSaves.Select(s => s.ToString("F0", CultureInfo.InvariantCulture)))})");

// A history: scanCount scans, each with one project changed from the one before.
var db = temp.Combine("history.db");
var saves = new List<double>();
var loads = new List<double>();
using (var store = await ScanStoreFactory.OpenAsync(db))
{
    for (var revision = 0; revision < scanCount; revision++)
    {
        var scan = SyntheticScan.Create(shape, revision: revision);
        var clock = Stopwatch.StartNew();
        var id = await store.SaveAsync(scan, CancellationToken.None);
        saves.Add(clock.Elapsed.TotalMilliseconds);
        if (revision % 25 == 0)
        {
            clock.Restart();
            await store.LoadAsync(id, CancellationToken.None);
            loads.Add(clock.Elapsed.TotalMilliseconds);
        }
    }
}

using (var connection = new SqliteConnection($"Data Source={db};Pooling=false"))
{
    connection.Open();
    using var checkpoint = connection.CreateCommand();
    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
    checkpoint.ExecuteNonQuery();
}

var size = new FileInfo(db).Length;
Console.WriteLine($"{scanCount} scans with one project changed each time: database {size / 1024.0 / 1024.0:F1} MiB ({size / scanCount / 1024.0:F0} KiB per scan)");
Console.WriteLine($"incremental save: median {saves.Skip(1).Order().ElementAt(saves.Count / 2 - 1):F0} ms, max {saves.Skip(1).Max():F0} ms; load: median {loads.Order().ElementAt(loads.Count / 2):F0} ms");
