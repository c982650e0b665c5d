using Modernize.Storage;
using Modernize.Storage.Sql;

namespace Modernize.Cli.Pipeline;

/// <summary>
/// The crash tests' pause point (docs/reliability.md): with <c>MODERNIZE_TEST_PAUSE_IN_STORE=&lt;file&gt;</c> set, a scan
/// writes that file inside its write transaction and waits there, so a test can kill -9 the real process with half a scan
/// written. Without the variable nothing changes.
/// </summary>
internal static class StoreFaultInjection
{
    public const string Variable = "MODERNIZE_TEST_PAUSE_IN_STORE";

    public static void Attach(IScanStore? store)
    {
        var file = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(file) || store is not SqlScanStore sql)
        {
            return;
        }

        sql.BeforeCommit = async cancellationToken =>
        {
            await File.WriteAllTextAsync(file, "in transaction", cancellationToken).ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        };
    }
}
