using Modernize.Cli.Tests.Scan;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Check;

/// <summary><c>check --base &lt;rev&gt; --db</c> fails a pull request only for what it newly breaks, judged against the stored scan of the base.</summary>
public class CheckBaseTests
{
    [Fact]
    public void Only_violations_the_base_does_not_have_fail_the_check()
    {
        using var repo = new GitRepository();
        repo.Write("src/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("src/Orders.cs", "namespace Lib.Orders; public sealed class Order { }");
        repo.Write("src/Billing.cs", "namespace Lib.Billing; public sealed class Invoice { public Lib.Orders.Order? Order { get; set; } }");
        repo.Write("src/modernize.yml", """
            version: 1
            rules:
              - id: billing-knows-no-orders
                from: "Lib.Billing.**"
                deny: ["Lib.Orders.**"]
            """);
        repo.Commit("legacy: billing already knows orders");
        using var output = new TempDirectory();
        var db = output.Combine("store.db");
        var stored = ModernizeCli.Run(repo.Path, "scan", "src", "--safe", "--db", db, "--no-report");
        Assert.True(stored.ExitCode == 0, stored.Output);
        repo.Git("branch", "base");

        repo.Write("src/Refunds.cs", "namespace Lib.Billing; public sealed class Refund { public Lib.Orders.Order? Order { get; set; } }");
        repo.Commit("pull request: a refund that knows orders");
        var withBase = ModernizeCli.Run(repo.Path, "check", "src", "--safe", "--db", db, "--base", "base");
        var withoutBase = ModernizeCli.Run(output.Path, "check", System.IO.Path.Combine(repo.Path, "src"), "--safe");
        var unstoredBase = ModernizeCli.Run(repo.Path, "check", "src", "--safe", "--db", output.Combine("empty.db"), "--base", "base");
        var noStore = ModernizeCli.Run(repo.Path, "check", "src", "--safe", "--base", "base");
        var noCommit = ModernizeCli.Run(repo.Path, "check", "src", "--safe", "--db", db, "--base", "no-such-branch");

        Assert.True(withBase.ExitCode == 1, withBase.Output);
        Assert.Contains("new error billing-knows-no-orders: Lib.Billing.Refund -> Lib.Orders.Order", withBase.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("baselined error billing-knows-no-orders: Lib.Billing.Invoice -> Lib.Orders.Order", withBase.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("check FAILED: 1 new, 1 baselined", withBase.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("check FAILED: 2 new, 0 baselined", withoutBase.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(2, unstoredBase.ExitCode);
        Assert.Contains("holds no scan of base", unstoredBase.Output, StringComparison.Ordinal);
        Assert.Equal(2, noStore.ExitCode);
        Assert.Contains("--base needs --db", noStore.Output, StringComparison.Ordinal);
        Assert.Equal(2, noCommit.ExitCode);
        Assert.Contains("no-such-branch", noCommit.Output, StringComparison.Ordinal);
    }
}
