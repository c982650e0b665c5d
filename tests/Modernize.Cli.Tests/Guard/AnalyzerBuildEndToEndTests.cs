using System.Globalization;
using Modernize.Cli.Tests.Scan;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Guard;

/// <summary>
/// The whole build-time loop on a copy of modern-shop: modernize.yml, <c>modernize guard export</c>, the analyzer packed
/// with <c>dotnet pack</c> into a local feed, referenced as a package, and a real <c>dotnet build</c> that fails at the
/// forbidden use's file and line, then passes once the rule allows the use.
/// </summary>
public sealed class AnalyzerBuildEndToEndTests : IDisposable
{
    private const string Denying = """
        version: 1
        cells:
          - name: Catalog
            owner: team-catalog
            include: ["ModernShop.Catalog.**"]
          - name: Ordering
            owner: team-checkout
            include: ["ModernShop.Ordering.**"]
        tissue:
          - name: SharedKernel
            include: ["ModernShop.SharedKernel.**"]
        teams:
          team-catalog: { authors: ["*@catalog.example.com"] }
          team-checkout: { authors: ["*@checkout.example.com"] }
        rules:
          - id: ordering-does-not-use-catalog
            from: cell:Ordering
            deny: cell:Catalog
        """;

    private readonly TempDirectory temp = new("modernize-analyzer-e2e");
    private readonly string version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    [Fact]
    public void The_build_fails_at_the_forbidden_line_and_passes_once_the_rule_allows_it()
    {
        var shop = temp.CopyFrom(RepoPaths.Fixture("modern-shop"), "modern-shop");
        var feed = temp.Combine("feed");
        var pack = ProcessRunner.Run("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "Modernize.Analyzers", "Modernize.Analyzers.csproj"),
            "-c", "Release", "-o", feed, "-p:PackageVersion=" + version, "-nologo", "-v", "q"], RepoPaths.Root, timeout: TimeSpan.FromMinutes(5));
        Assert.True(pack.ExitCode == 0, pack.Output);

        File.WriteAllText(Path.Combine(shop, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local-analyzer" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        // One target framework is enough here, and spares a download of the net9.0 targeting pack.
        var kernel = Path.Combine(shop, "src", "SharedKernel", "ModernShop.SharedKernel.csproj");
        File.WriteAllText(kernel, File.ReadAllText(kernel).Replace("<TargetFrameworks>net10.0;net9.0</TargetFrameworks>", "<TargetFramework>net10.0</TargetFramework>", StringComparison.Ordinal));
        var ordering = Path.Combine(shop, "src", "Ordering", "ModernShop.Ordering.csproj");
        File.WriteAllText(ordering, File.ReadAllText(ordering).Replace("</Project>", $"""
              <ItemGroup>
                <PackageReference Include="Modernize.Analyzers" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal));

        Export(shop, Denying);
        var failing = Build(ordering);
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains(
            "PlaceOrderHandler.cs(7,39): error MOD0001: ModernShop.Ordering.PlaceOrderHandler (cell Ordering) uses ModernShop.Catalog.Contracts.ICatalogApi (cell Catalog): "
            + "rule 'ordering-does-not-use-catalog' forbids it: Cell Ordering must not depend on cell Catalog",
            failing.Output, StringComparison.Ordinal);

        Export(shop, Denying.Replace("""
              - id: ordering-does-not-use-catalog
                from: cell:Ordering
                deny: cell:Catalog
            """, """
              - id: cells-talk-through-contracts
                from: cell:*
                to: cell:*
                allow-only: ["**.Contracts.*"]
            """, StringComparison.Ordinal));
        var passing = Build(ordering);
        Assert.True(passing.ExitCode == 0, passing.Output);
        Assert.DoesNotContain("MOD000", passing.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        temp.Dispose();
        var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "modernize.analyzers", version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    private static void Export(string shop, string yaml)
    {
        File.WriteAllText(Path.Combine(shop, "modernize.yml"), yaml);
        var export = ModernizeCli.Run(shop, "guard", "export", "ModernShop.slnx", "--out", "modernize.guardrails.json");
        Assert.True(export.ExitCode == 0, export.Output);
    }

    private static ProcessResult Build(string project) =>
        ProcessRunner.Run("dotnet", ["build", project, "-nologo", "-v", "q", "-nodeReuse:false", "-p:UseSharedCompilation=false"], Path.GetDirectoryName(project)!,
            timeout: TimeSpan.FromMinutes(10));
}
