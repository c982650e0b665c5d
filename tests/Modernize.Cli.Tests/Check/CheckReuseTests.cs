using Modernize.Cli.Tests.Scan;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Check;

/// <summary><c>check --db</c> reuses the stored scan while no relevant file changes, and rescans through the store (storing no scan) when one does.</summary>
public class CheckReuseTests
{
    [Fact]
    public void A_stored_scan_is_reused_until_a_source_file_changes()
    {
        using var dir = new TempDirectory();
        dir.Write("src/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        dir.Write("src/Orders.cs", "namespace Lib.Orders; public sealed class Order { public Lib.Billing.Invoice? Invoice { get; set; } }");
        dir.Write("src/Billing.cs", "namespace Lib.Billing; public sealed class Invoice { }");
        dir.Write("src/modernize.yml", """
            version: 1
            rules:
              - id: billing-knows-no-orders
                from: "Lib.Billing.**"
                deny: ["Lib.Orders.**"]
            """);
        var db = dir.Combine("out", "store.db");

        var first = ModernizeCli.Run(dir.Path, "scan", "src", "--safe", "--db", db, "--no-report");
        var second = ModernizeCli.Run(dir.Path, "check", "src", "--safe", "--db", db);
        dir.Write("src/Billing.cs", "namespace Lib.Billing; public sealed class Invoice { public Lib.Orders.Order? Order { get; set; } }");
        var third = ModernizeCli.Run(dir.Path, "check", "src", "--safe", "--db", db);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Scan 1 stored", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("reused the stored scan", second.StandardError, StringComparison.Ordinal);
        Assert.True(third.ExitCode == 1, third.Output);
        Assert.Contains("a check's result is not stored as a scan", third.StandardError, StringComparison.Ordinal);
        Assert.Contains("billing-knows-no-orders", third.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Lib.Billing.Invoice -> Lib.Orders.Order", third.StandardOutput, StringComparison.Ordinal);
    }
}
