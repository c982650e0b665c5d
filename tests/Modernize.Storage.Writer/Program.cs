using System.Globalization;
using Modernize.Storage;
using Modernize.Storage.Sql;
using Modernize.Testing.Scans;

// Usage: Modernize.Storage.Writer <db> <solution identity> <revision>
// With MODERNIZE_WRITER_PAUSE_FILE set, the writer creates that file inside its write transaction and then waits forever,
// so a test can kill it (kill -9) while it holds the lock with half a scan written.
if (args.Length != 3)
{
    await Console.Error.WriteLineAsync("usage: Modernize.Storage.Writer <db> <solution identity> <revision>");
    return 2;
}

var revision = int.Parse(args[2], CultureInfo.InvariantCulture);
using var store = await ScanStoreFactory.OpenAsync(args[0]);
var pauseFile = Environment.GetEnvironmentVariable("MODERNIZE_WRITER_PAUSE_FILE");
if (!string.IsNullOrEmpty(pauseFile))
{
    ((SqlScanStore)store).BeforeCommit = async ct =>
    {
        await File.WriteAllTextAsync(pauseFile, "in transaction", ct);
        await Task.Delay(Timeout.Infinite, ct);
    };
}

var id = await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, args[1], revision), CancellationToken.None);
Console.WriteLine(id.ToString(CultureInfo.InvariantCulture));
return 0;
