using Modernize.Analysis.Tests.Architecture;
using Modernize.Loading.History;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.History;
using Modernize.Scanning.Configuration;
using Modernize.Testing;

namespace Modernize.Analysis.Tests.Autonomy;

/// <summary>
/// A shop with cells Ordering, Catalog and Billing and tissue Platform, and a scripted history in a real git repository.
/// Every change appends lines, so a commit's churn is exactly the number of lines appended. The figures the tests expect
/// are worked out by hand in the comments of <see cref="Script"/>.
/// </summary>
internal sealed class ShopHistory : IDisposable
{
    public static readonly DateTimeOffset AsOf = new(2024, 6, 30, 12, 0, 0, TimeSpan.Zero);

    public const string Order = "src/Ordering/Order.cs";
    public const string OrderView = "src/Ordering/Views/Order.cshtml";
    public const string Product = "src/Catalog/Product.cs";
    public const string Invoice = "src/Billing/Invoice.cs";
    public const string Logger = "src/Common/Logger.cs";

    public const string Yaml = """
        version: 1
        teams:
          team-checkout: { authors: ["*@checkout.example.com", "Jane Doe"] }
          team-discovery: { authors: ["*@Discovery.example.com"] }
        cells:
          - name: Ordering
            owner: team-checkout
            include: ["Shop.Ordering.*"]
            projects: ["src/Ordering/**"]
          - name: Catalog
            owner: team-discovery
            include: ["Shop.Catalog.*"]
          - name: Billing
            owner: team-checkout
            include: ["Shop.Billing.*"]
        tissue:
          - name: Platform
            include: ["Shop.Common.*"]
        thresholds:
          crossCellChangeRatio: { max: 0.2, window: 90d }
        history:
          maxFilesPerCommit: 3
        """;

    private readonly GitRepository repo = new("modernize-autonomy");
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    public ShopHistory() => Script();

    public string Path => repo.Path;

    public static ModernizeConfig Config => ConfigLoader.Parse(Yaml, "modernize.yml");

    public static CodeGraph Graph() =>
        new GraphBuilder()
            .Project("src/Ordering/Ordering.csproj")
            .Type("Shop.Ordering.Order", file: Order)
            .Type("Shop.Ordering.OrderLine", file: Order)
            .Project("src/Catalog/Catalog.csproj")
            .Type("Shop.Catalog.Product", file: Product)
            .Project("src/Billing/Billing.csproj")
            .Type("Shop.Billing.Invoice", file: Invoice)
            .Project("src/Common/Common.csproj")
            .Type("Shop.Common.Logger", file: Logger)
            .Build();

    /// <summary>A proposal that puts Order and Invoice together (Sales): the Ordering+Billing commit is no longer cross-cell.</summary>
    public static CellsResult Proposal() =>
        CellsResult.Empty with
        {
            Cells =
            [
                ProposedCell("Sales", CellKind.Cell, "Shop.Ordering.Order", "Shop.Ordering.OrderLine", "Shop.Billing.Invoice"),
                ProposedCell("Catalog", CellKind.Cell, "Shop.Catalog.Product"),
                ProposedCell("Platform", CellKind.Tissue, "Shop.Common.Logger"),
            ],
        };

    public GitHistory Read() => GitHistoryReader.Read(repo.Path, since: null);

    public void Dispose() => repo.Dispose();

    private static Cell ProposedCell(string name, CellKind kind, params string[] members) =>
        new(name, kind, CellOrigin.Proposed, null, members, 50, new CellScore(1, 0, 0, 0, 0, 0, 0, 0), []);

    private void Script()
    {
        static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);
        const string alice = "alice@checkout.example.com";
        const string bob = "bob@DISCOVERY.example.com";
        const string carol = "carol@discovery.example.com";

        // Before the 90-day window (which starts 2024-04-01 12:00): velocity only.
        Commit("Alice", alice, On(1, 10), (Order, 1), (Product, 1));

        Commit("Alice", alice, On(4, 2), (Order, 10));                      // 1 Ordering
        Commit("Jane Doe", "jane@gmail.com", On(4, 3), (Order, 2), (Invoice, 3)); // 2 Ordering+Billing: cross-cell; Jane is checkout by name
        Commit("Bob", bob, On(4, 5), (Product, 4), (Logger, 1));           // 3 Catalog+Platform: touches tissue
        Commit("Bob", bob, On(4, 8), (Order, 5), (Product, 1));            // 4 Ordering+Catalog: cross-cell, discovery changes Ordering
        Commit("Eve", "eve@contractor.example.org", On(4, 10), (OrderView, 6)); // 5 Ordering by project glob; unknown team
        Commit("Alice", alice, On(4, 12), ("README.md", 1));               // 6 unmapped only: not counted
        Commit("Alice", alice, On(4, 15), (Logger, 2));                    // 7 Platform only

        // Pull request 1 (Catalog+Billing): its two commits count on their own, the merge counts as a cross-cell pull request.
        repo.Git("checkout", "-q", "-b", "feature/pricing");
        Commit("Carol", carol, On(4, 20), (Product, 3));                   // 8a Catalog
        Commit("Carol", carol, On(4, 21), (Invoice, 2));                   // 8b Billing
        repo.Git("checkout", "-q", "main");
        repo.Merge("feature/pricing", "Merge pull request #1", "Carol", carol, On(4, 22));

        // Pull request 2 (Ordering only).
        repo.Git("checkout", "-q", "-b", "fix/order");
        Commit("Alice", alice, On(4, 25), (Order, 1));                     // 9 Ordering
        repo.Git("checkout", "-q", "main");
        repo.Merge("fix/order", "Merge pull request #2", "Alice", alice, On(4, 26));

        // Four files with maxFilesPerCommit 3: a mass change, left out.
        Commit("Alice", alice, On(4, 28), (Order, 1), (Product, 1), (Invoice, 1), (Logger, 1));
    }

    private void Commit(string author, string email, DateTimeOffset date, params (string Path, int Lines)[] changes)
    {
        foreach (var (path, count) in changes)
        {
            var before = lines.GetValueOrDefault(path);
            lines[path] = before + count;
            repo.Write(path, string.Concat(Enumerable.Range(0, before + count).Select(i => $"line {i}\n")));
        }

        repo.Commit("change " + date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture), author, email, date);
    }
}
