using System.Globalization;
using Modernize.Analysis.Cells;
using Modernize.Cli.Commands;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.Scan;
using Spectre.Console;

namespace Modernize.Cli.Tests.Commands;

public sealed class CellsPrinterTests
{
    [Fact]
    public void Prints_cells_tissue_seams_shared_data_order_and_the_map_comparison()
    {
        var scan = Scan(withMap: true);

        var text = Render(scan);

        Assert.Contains("Proposed cells", text, StringComparison.Ordinal);
        Assert.Contains("Tissue (shared, kept apart)", text, StringComparison.Ordinal);
        Assert.Matches(@"│ Host +│ Types +│ Why +│", text);
        Assert.Contains("Seams (", text, StringComparison.Ordinal);
        Assert.Contains("Shared data", text, StringComparison.Ordinal);
        Assert.Contains("dbo.Customers", text, StringComparison.Ordinal);
        Assert.Matches(@"│ Table / entity +│ Cells +│ Written by +│ Accessors +│", text);
        var billing = scan.Cells.Cells.Single(c => c.Members.Contains("Shop.Billing.BillingRepository")).Name;
        Assert.Matches($@"dbo\.Customers +│ [^│]+│ {billing} \(sole writer\)", text);
        Assert.Contains("Extraction order", text, StringComparison.Ordinal);
        Assert.Contains("Extract first", text, StringComparison.Ordinal);
        Assert.Contains("Product map (modernize.yml)", text, StringComparison.Ordinal);
        Assert.Contains("Agreement between declared and proposed cells: NMI", text, StringComparison.Ordinal);
        Assert.All(scan.Cells.Cells, c => Assert.Contains(c.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_scan_summary_shows_each_element_under_its_own_kind()
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 240;

        Cli.Terminal.AnalysisSummary.Print(console, Scan(withMap: false));

        var text = writer.ToString();
        Assert.Matches(@"│ App \(host\) +│ host +│", text);
        Assert.Matches(@"│ [^│]+\(tissue\) +│ tissue +│", text);
        Assert.Matches(@"│ Orders +│ cell +│", text);
    }

    [Fact]
    public void Names_that_look_like_markup_are_printed_as_text()
    {
        var text = Render(Scan(withMap: false));

        Assert.Contains("[Legacy]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explains_one_cell_on_request()
    {
        var scan = Scan(withMap: false);
        var cell = scan.Cells.Cells.First(c => c.Kind == CellKind.Cell);

        var text = Render(scan, cell.Name);

        Assert.Contains(cell.Explanation[0][..40], text, StringComparison.Ordinal);
        // Every member is listed; with memberships, each with its confidence and strongest evidence.
        Assert.Contains("Members", text, StringComparison.Ordinal);
        Assert.All(cell.Members, member => Assert.Contains(member, text, StringComparison.Ordinal));
        Assert.All(scan.Cells.Memberships.Where(m => m.Element == cell.Name), membership =>
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{membership.Type} {membership.Confidence:0.00}: {membership.Evidence}"), text, StringComparison.Ordinal));
        Assert.Contains("No cell or tissue named 'Nowhere'", Render(scan, "Nowhere"), StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_sub_cells_indented_under_their_cell_and_lists_their_members_when_explaining_it()
    {
        var scan = Scan(withMap: false);
        var cell = scan.Cells.Cells.First(c => c.Kind == CellKind.Cell);
        var split = cell with { SubCells = [new SubCell("Checkout[Legacy]", cell.Members.Take(2).ToList(), 0.83, 2.5), new SubCell("Storage", cell.Members.Skip(2).ToList(), 0.5, 2.5)] };
        scan = scan with { Cells = scan.Cells with { Cells = scan.Cells.Cells.Select(c => c == cell ? split : c).ToList() } };

        var lines = Render(scan).Split('\n');

        var cellRow = Array.FindIndex(lines, l => l.Contains(" " + cell.Name + " ", StringComparison.Ordinal));
        Assert.True(cellRow >= 0);
        Assert.Contains("└ Checkout[Legacy]", lines[cellRow + 1], StringComparison.Ordinal);
        Assert.Contains("0.83", lines[cellRow + 1], StringComparison.Ordinal);
        Assert.Contains("2.5", lines[cellRow + 1], StringComparison.Ordinal);
        Assert.Contains("└ Storage", lines[cellRow + 2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("└ sub-cells: seams inside a large cell", StringComparison.Ordinal));
        var explained = Render(scan, cell.Name);
        Assert.Contains("└ sub-cell Checkout[Legacy] (2 types, cohesion 0.83 inside the cell): " + string.Join(", ", cell.Members.Take(2)), explained, StringComparison.Ordinal);
        Assert.DoesNotContain("sub-cell", Render(Scan(withMap: false)), StringComparison.Ordinal);
    }

    private static string Render(ScanDocument scan, string? explain = null)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 240;
        CellsPrinter.Print(console, scan, explain);
        return writer.ToString();
    }

    /// <summary>Three small domains (Orders, Billing, Stock) of three types each, sharing a logger, with Orders and Billing sharing a table, started by a Program.</summary>
    private static ScanDocument Scan(bool withMap)
    {
        var types = new List<TypeNode>();
        var dependencies = new List<Dependency>();
        void Type(string id) => types.Add(new TypeNode(id, id[(id.LastIndexOf('.') + 1)..], TypeKind.Class, "src/App/App.csproj", id[..id.LastIndexOf('.')], $"src/{id}.cs", 1, false, false, TypeMetrics.Empty with { SourceLines = 40 }, []));
        void Depends(string from, string to, int count) => dependencies.Add(new Dependency(from, to, count, new Dictionary<DependencyKind, int> { [DependencyKind.MethodCall] = count }, [new SourceLocation($"src/{from}.cs", 9)]));
        foreach (var domain in new[] { "Orders", "Billing", "Stock[Legacy]" })
        {
            var names = new[] { "Controller", "Service", "Repository" }.Select(r => $"Shop.{domain}.{domain}{r}").ToList();
            names.ForEach(Type);
            Depends(names[0], names[1], 5);
            Depends(names[1], names[2], 5);
            Depends(names[0], names[2], 2);
        }

        Type("Shop.Common.Logger");
        foreach (var user in types.Where(t => t.Name.EndsWith("Service", StringComparison.Ordinal) || t.Name.EndsWith("Controller", StringComparison.Ordinal)).ToList())
        {
            Depends(user.Id, "Shop.Common.Logger", 1);
        }

        Depends("Shop.Orders.OrdersService", "Shop.Billing.BillingService", 1);
        Type("Shop.Program");
        foreach (var controller in types.Where(t => t.Name.EndsWith("Controller", StringComparison.Ordinal)).ToList())
        {
            Depends("Shop.Program", controller.Id, 1);
        }

        var data = new[] { "Shop.Orders.OrdersRepository", "Shop.Billing.BillingRepository" }
            .Select(t => new DataAccess(t, "dbo.Customers", DataAccessKind.SqlLiteral, t.Contains("Billing", StringComparison.Ordinal) ? "write" : "read", new SourceLocation($"src/{t}.cs", 3))).ToList();
        var graph = new CodeGraph([], types, dependencies, [], data, [], []);
        var config = withMap
            ? ModernizeConfig.Default with { Cells = [new CellDeclaration("Ordering", "team-a", ["Shop.Orders.*"], [], [], 2)], Tissue = [new CellDeclaration("Platform", null, ["Shop.Common.*"], [], [], 5)] }
            : ModernizeConfig.Default;
        var proposal = CellProposer.Propose(graph, AnalysisResult.Empty, config);
        var declared = ProductMapEvaluator.Evaluate(graph, AnalysisResult.Empty, config, proposal);
        var info = new ScanInfo("id", "Shop.sln", "/tmp/shop", "0.1.0", DateTimeOffset.UnixEpoch, TimeSpan.Zero, null, null, false, new Dictionary<string, string>());
        return new ScanDocument(info, graph, AnalysisResult.Empty, proposal, declared, [], []);
    }
}
