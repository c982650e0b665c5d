using Modernize.Cli.Tests.Scan;
using Modernize.Model.Analysis;
using Modernize.Storage;
using Modernize.Testing;

namespace Modernize.Cli.Tests.EndToEnd;

/// <summary>
/// legacy-shop in a real git repository with scripted commits: the stored scan carries hotspots and change coupling;
/// cutting the cycle's light edge (InvoiceCalculator.cs:14) and scanning again, <c>modernize diff</c> shows the cycle fixed.
/// </summary>
public sealed class HistoryEndToEndTests : IDisposable
{
    private const string OrderService = "shop/Shop.Business/Ordering/OrderService.cs";
    private const string InvoiceCalculator = "shop/Shop.Business/Billing/InvoiceCalculator.cs";
    private const string ShopManager = "shop/Shop.Business/ShopManager.cs";

    private readonly GitRepository repository = new("modernize-e2e-git");
    private readonly TempDirectory outputs = new("modernize-e2e-out");

    public void Dispose()
    {
        repository.Dispose();
        outputs.Dispose();
    }

    [Fact]
    public async Task History_gives_hotspots_and_change_coupling_and_diff_shows_the_cut_cycle_fixed()
    {
        repository.CopyFrom(RepoPaths.Fixture("legacy-shop"), "shop");
        var now = DateTimeOffset.UtcNow;
        repository.Commit("Import the shop", "Legacy Importer", "import@example.com", now.AddDays(-120));
        for (var i = 0; i < 4; i++)
        {
            // Ordering and Billing change together, by both teams: change coupling between the two files and cells.
            Touch(OrderService, i);
            Touch(InvoiceCalculator, i);
            var (author, email) = i % 2 == 0 ? ("Alice", "alice@checkout.example.com") : ("Bob", "bob@finance.example.com");
            repository.Commit($"Invoice rules {i}", author, email, now.AddDays(-90 + (10 * i)));
        }

        for (var i = 0; i < 3; i++)
        {
            Touch(ShopManager, i);
            repository.Commit($"Manager tweak {i}", "Carol", "carol@catalog.example.com", now.AddDays(-40 + (10 * i)));
        }

        var database = outputs.Combine("modernize.db");
        var first = ModernizeCli.Run(repository.Path, ["scan", "shop/LegacyShop.sln", "--db", database, "--no-report"]);
        Assert.True(first.ExitCode == 0, first.Output);

        using (var store = await ScanStoreFactory.OpenExistingAsync(database))
        {
            var stored = (await store.LoadAsync(1, default))!;
            var files = stored.Analysis.Hotspots.Where(h => h.Level == PackageLevel.File).Select(h => h.Element).ToList();
            Assert.Contains(files, f => f.EndsWith("Ordering/OrderService.cs", StringComparison.Ordinal));
            Assert.Contains(files, f => f.EndsWith("Billing/InvoiceCalculator.cs", StringComparison.Ordinal));
            Assert.Contains(files, f => f.EndsWith("ShopManager.cs", StringComparison.Ordinal));
            var pair = Assert.Single(stored.Analysis.ChangeCoupling, c => c.Level == PackageLevel.File && Names(c) == "InvoiceCalculator.cs+OrderService.cs");
            Assert.Equal(4, pair.SharedRevisions);
            Assert.Equal(1.0, pair.Degree, 6);
            Assert.NotNull(stored.Autonomy);
            Assert.Equal(1, stored.Kpi("cycleCount"));
        }

        // Cut the light edge Billing -> Ordering: the only use of OrderStatus in Billing (README "Planted namespace cycle").
        var calculator = Path.Combine(repository.Path, InvoiceCalculator);
        var source = File.ReadAllText(calculator);
        Assert.Contains("(int)Shop.Business.Ordering.OrderStatus.Cancelled", source, StringComparison.Ordinal);
        File.WriteAllText(calculator, source.Replace("(int)Shop.Business.Ordering.OrderStatus.Cancelled", "3 /* cancelled */", StringComparison.Ordinal));
        repository.Commit("Billing no longer knows OrderStatus", "Bob", "bob@finance.example.com", now.AddDays(-1));

        var second = ModernizeCli.Run(repository.Path, ["scan", "shop/LegacyShop.sln", "--db", database, "--no-report"]);
        Assert.True(second.ExitCode == 0, second.Output);

        var diff = ModernizeCli.Run(repository.Path, ["diff", "--db", database]);
        Assert.True(diff.ExitCode == 0, diff.Output);
        var lines = diff.StandardOutput.Split('\n');
        var cycles = Assert.Single(lines, l => l.Contains("Cycles", StringComparison.Ordinal) && !l.Contains("Largest", StringComparison.Ordinal));
        Assert.Matches(@"\b1\b.*\b0\b.*-1.*better", cycles);
        var fixedAt = Array.FindIndex(lines, l => l.StartsWith("Fixed findings", StringComparison.Ordinal));
        var unchangedAt = Array.FindIndex(lines, l => l.StartsWith("Unchanged findings", StringComparison.Ordinal));
        Assert.True(fixedAt >= 0 && unchangedAt > fixedAt, diff.Output);
        Assert.Contains(lines[fixedAt..unchangedAt], l => l.Contains("cycle/namespace", StringComparison.Ordinal) && l.Contains("Shop.Business.Billing", StringComparison.Ordinal));
    }

    private void Touch(string relativePath, int change)
    {
        var path = Path.Combine(repository.Path, relativePath);
        File.AppendAllText(path, $"// change {change}{Environment.NewLine}");
    }

    private static string Names(ChangeCoupling coupling) =>
        string.Join("+", new[] { Path.GetFileName(coupling.A), Path.GetFileName(coupling.B) }.Order(StringComparer.Ordinal));
}
