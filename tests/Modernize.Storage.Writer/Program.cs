using System.Globalization;
using Modernize.Storage;
using Modernize.Testing.Faults;
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
var pauseFile = Environment.GetEnvironmentVariable("MODERNIZE_WRITER_PAUSE_FILE");
using var store = await ScanStoreFactory.OpenAsync(args[0], string.IsNullOrEmpty(pauseFile) ? null : new PauseInTransaction(pauseFile), CancellationToken.None);

var id = await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, args[1], revision), CancellationToken.None);
Console.WriteLine(id.ToString(CultureInfo.InvariantCulture));
return 0;
