using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;
using Modernize.Model.Scan;
using Modernize.Model.Store;
using Modernize.Reporting;

namespace Modernize.Reporting.Tests;

/// <summary>
/// A small legacy shop as a scan would describe it: a System.Web front end, Orders and Billing cells, Common and Data tissue,
/// a namespace cycle between Orders and Billing, membership confidences and evidence, blockers, hotspots, rule violations,
/// three stored scans and a diff.
/// Every string from "scanned code or git" passes through <c>text</c>, so the same shop can be made hostile.
/// </summary>
internal static class SampleScans
{
    public const string ScriptPayload = "<script>window.__pwned=1</script>";
    public const string AttributePayload = "\"><img src=x onerror=\"window.__pwned=1\">";

    public static ReportData Shop() => Build(s => s);

    /// <summary>The same shop with both payloads appended to every identifier, path, SQL text, commit message, author and explanation.</summary>
    public static ReportData HostileShop() => Build(s => s + ScriptPayload + AttributePayload);

    public static ReportData Build(Func<string, string> text)
    {
        string T(string s) => text(s);
        var web = Project(T("Shop.Web"), T("src/Shop.Web/Shop.Web.csproj"), "net48", ProjectStyle.Legacy, new ProjectFidelity(LoadMode.Fallback, 14, 3, 700, 120, [T("System.Web.Mvc")], [T("MSBuild could not evaluate the project; read as XML")]));
        var orders = Project(T("Shop.Orders"), T("src/Shop.Orders/Shop.Orders.csproj"), "net48", ProjectStyle.Legacy, new ProjectFidelity(LoadMode.MsBuild, 22, 0, 1500, 4, [], []));
        var billing = Project(T("Shop.Billing"), T("src/Shop.Billing/Shop.Billing.csproj"), "net48", ProjectStyle.Legacy, new ProjectFidelity(LoadMode.MsBuild, 9, 0, 600, 0, [], []));
        var common = Project(T("Shop.Common"), T("src/Shop.Common/Shop.Common.csproj"), "netstandard2.0", ProjectStyle.Sdk, new ProjectFidelity(LoadMode.MsBuild, 5, 0, 200, 0, [], []));
        var data = Project(T("Shop.Data"), T("src/Shop.Data/Shop.Data.csproj"), "net48", ProjectStyle.Legacy, new ProjectFidelity(LoadMode.MsBuild, 7, 0, 300, 0, [], []));

        TypeNode Type(string ns, string name, ProjectInfo project, int lines, int complexity, TypeKind kind = TypeKind.Class) =>
            new(T(ns) + "." + T(name), T(name), kind, project.Path, T(ns), project.Path[..project.Path.LastIndexOf('/')] + "/" + T(name) + ".cs", 7, false, kind == TypeKind.Interface,
                new TypeMetrics(complexity, 5, 1, 60, lines, lines / 2, 6, 3), []);

        var controller = Type("Shop.Web.Controllers", "OrderController", web, 240, 31);
        var orderService = Type("Shop.Orders", "OrderService", orders, 410, 57);
        var order = Type("Shop.Orders", "Order", orders, 80, 4);
        var invoiceService = Type("Shop.Billing", "InvoiceService", billing, 190, 22);
        var invoice = Type("Shop.Billing", "Invoice", billing, 60, 3);
        var logger = Type("Shop.Common", "Logger", common, 40, 2);
        var clock = Type("Shop.Common", "IClock", common, 10, 1, TypeKind.Interface);
        var repository = Type("Shop.Data", "OrderRepository", data, 150, 18);
        var generated = new TypeNode(T("Shop.Web") + ".Reference", "Reference", TypeKind.Class, web.Path, T("Shop.Web"), T("src/Shop.Web/Reference.g.cs"), 1, true, false, TypeMetrics.Empty, []);
        TypeNode[] types = [controller, orderService, order, invoiceService, invoice, logger, clock, repository, generated];

        SourceLocation At(TypeNode t, int line) => new(t.File, line);
        Dependency Dep(TypeNode from, TypeNode to, int weight, DependencyKind kind, params int[] lines) =>
            new(from.Id, to.Id, weight, new Dictionary<DependencyKind, int> { [kind] = weight }, lines.Select(l => At(from, l)).ToList());

        var orderToInvoice = Dep(orderService, invoiceService, 6, DependencyKind.MethodCall, 42, 57);
        var invoiceToOrder = Dep(invoiceService, order, 3, DependencyKind.ParameterType, 18);
        Dependency[] dependencies =
        [
            Dep(controller, orderService, 9, DependencyKind.MethodCall, 31, 44),
            orderToInvoice,
            invoiceToOrder,
            Dep(orderService, order, 12, DependencyKind.ObjectCreation, 60),
            Dep(invoiceService, invoice, 5, DependencyKind.ObjectCreation, 25),
            Dep(orderService, logger, 4, DependencyKind.MethodCall, 12),
            Dep(invoiceService, clock, 2, DependencyKind.FieldType, 9),
            Dep(orderService, repository, 7, DependencyKind.MethodCall, 88),
        ];

        var graph = new CodeGraph(
            [web, orders, billing, common, data],
            types,
            dependencies,
            [new ExternalUse(controller.Id, "System.Web.HttpContext", "System.Web", 3, ["Current"], [At(controller, 31)])],
            [new DataAccess(repository.Id, T("SELECT * FROM dbo.Orders WHERE Id = @id"), DataAccessKind.SqlLiteral, "read", At(repository, 33)), new DataAccess(orderService.Id, T("Order"), DataAccessKind.EntityFrameworkSet, "write", At(orderService, 70))],
            [],
            [T("global.json pins SDK 6.0.100, which is not installed; used the installed SDK")]);

        SeamDependency SeamDep(Dependency d) => new(d.From, d.To, d.Weight, d.Kinds, d.Samples);
        var ordersCell = new Cell(T("Orders"), CellKind.Cell, CellOrigin.Proposed, T("team-checkout"), [orderService.Id, order.Id, controller.Id], 72, new CellScore(0.81, 9, 2, 1, 1, 0.4, 730, 5),
            [T("Orders keeps 81% of its dependency weight inside."), T("One namespace cycle with Billing crosses its boundary.")]);
        var billingCell = new Cell(T("Billing"), CellKind.Cell, CellOrigin.Proposed, null, [invoiceService.Id, invoice.Id], 64, new CellScore(0.7, 5, 1, 1, 1, 0.4, 250, 0),
            [T("Billing calls Orders for order lines.")]);
        var commonTissue = new Cell(T("Common"), CellKind.Tissue, CellOrigin.Proposed, null, [logger.Id, clock.Id], 0, new CellScore(0, 6, 2, 0, 0, 0, 50, 0), [T("Used by every cell: tissue.")]);
        var dataTissue = new Cell(T("Data"), CellKind.Tissue, CellOrigin.Proposed, null, [repository.Id], 0, new CellScore(0, 7, 1, 1, 0, 0, 150, 0), [T("Data access shared by cells.")]);
        var cells = new CellsResult(
            CellOrigin.Proposed,
            [ordersCell, billingCell, commonTissue, dataTissue],
            [
                new Seam(ordersCell.Name, billingCell.Name, 9, 0.4, [SeamDep(orderToInvoice), SeamDep(invoiceToOrder)]),
                new Seam(ordersCell.Name, commonTissue.Name, 4, 0, [SeamDep(dependencies[5])]),
                new Seam(ordersCell.Name, dataTissue.Name, 7, 0, [SeamDep(dependencies[7])]),
            ],
            [new ExtractionStep(1, billingCell.Name, 64, T("Smallest seam and no legacy blockers.")), new ExtractionStep(2, ordersCell.Name, 72, T("Blocked by System.Web in the controller."))],
            [new SharedTable(T("dbo.Orders"), [ordersCell.Name, billingCell.Name], [repository.Id]) { Writers = [ordersCell.Name] }],
            new DecompositionQuality(0.42, 0.31, 0.18, 1.5, 0.9),
            [T("The proposal splits Orders and Billing; the map declares them as one.")])
        {
            // The controller is the weakly held member: least certain first in the cell's details, flagged as low.
            Memberships =
            [
                new TypeMembership(orderService.Id, ordersCell.Name, 0.92, T("structure: references with 2 members (80% of its weight in the cell)")),
                new TypeMembership(order.Id, ordersCell.Name, 0.85, T("structure: references with 1 members (100% of its weight in the cell)")),
                new TypeMembership(controller.Id, ordersCell.Name, 0.31, T("naming: 'order' shared with 2 members (55% of its weight in the cell)")),
                new TypeMembership(invoiceService.Id, billingCell.Name, 0.7, T("structure: references with 1 members (62% of its weight in the cell)")),
                new TypeMembership(invoice.Id, billingCell.Name, 0.9, T("structure: references with 1 members (100% of its weight in the cell)")),
                new TypeMembership(logger.Id, commonTissue.Name, 1, T("tissue: used by every cell")),
                new TypeMembership(clock.Id, commonTissue.Name, 1, T("tissue: used by every cell")),
                new TypeMembership(repository.Id, dataTissue.Name, 1, T("tissue: data access shared by cells")),
            ],
        };

        var cycle = new Cycle(PackageLevel.Namespace, new[] { T("Shop.Billing"), T("Shop.Orders") }.Order(StringComparer.Ordinal).ToList(), 9,
            [new CycleCut(invoiceToOrder.From, invoiceToOrder.To, 3, invoiceToOrder.Kinds, invoiceToOrder.Samples)]);
        var blocker = new LegacyBlocker(web.Path, "system-web", T("System.Web (ASP.NET)"), T("Move to ASP.NET Core"), 7, 4,
            [new BlockerIncident(T("System.Web.HttpContext.Current"), At(controller, 31)), new BlockerIncident(T("packages.config"), null)]);
        var finding = new Finding("cyclic-dependency", Severity.Warning, T("Shop.Orders and Shop.Billing depend on each other"), [T("Shop.Billing"), T("Shop.Orders")], [At(invoiceService, 18)], "f1");
        var analysis = new AnalysisResult(
            [new PackageMetrics(PackageLevel.Namespace, T("Shop.Orders"), 2, 0, 2, 3, 0.6, 0, 0.4, 1.5)],
            [cycle],
            [finding],
            [blocker],
            [new Hotspot(PackageLevel.File, orderService.File, 31, 900, 57, 4, 1.0), new Hotspot(PackageLevel.File, controller.File, 12, 300, 31, 2, 0.4)],
            [new ChangeCoupling(PackageLevel.File, orderService.File, invoiceService.File, 9, 31, 14, 0.4)],
            [new FileChangeStats(orderService.File, 31, 900, [T("Ada Lovelace"), T("Alan Turing")])]);

        var violation = new Violation("web-not-data", T("Shop.Web must not use Shop.Data"), Severity.Error, controller.Id, repository.Id, "MethodCall", At(controller, 52), T("OrderController calls OrderRepository directly"), "v1");
        var kpis = new List<Kpi>
        {
            new(KpiCatalog.CrossCellDependencies, 4), new(KpiCatalog.CrossCellWeight, 20), new(KpiCatalog.CycleCount, 1),
            new(KpiCatalog.TissueShare, 0.15), new(KpiCatalog.Modularity, 0.42), new(KpiCatalog.BlockerPoints, 7), new(KpiCatalog.Types, 8),
        };
        var info = new ScanInfo(T("github.com/acme/shop"), T("Shop.sln"), "/src/shop", "0.1.0", new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(12.5),
            "c0ffee1234567890", T("main"), false, new Dictionary<string, string>());
        var current = new ScanDocument(info, graph, analysis, cells, null, [violation], kpis);

        var previousKpis = new List<Kpi> { new(KpiCatalog.CrossCellDependencies, 6), new(KpiCatalog.CrossCellWeight, 26), new(KpiCatalog.CycleCount, 2), new(KpiCatalog.TissueShare, 0.15), new(KpiCatalog.Modularity, 0.35), new(KpiCatalog.BlockerPoints, 9), new(KpiCatalog.Types, 8) };
        var previous = current with { Info = info with { StartedAt = info.StartedAt.AddDays(-7) }, Kpis = previousKpis };
        StoredScan Stored(long id, int daysAgo, IReadOnlyList<Kpi> k, string message) =>
            new(id, info.SolutionIdentity, info.SolutionName, info.StartedAt.AddDays(-daysAgo), "abc" + id + T(message), T("main"), "0.1.0", k);
        var oldest = new StoredScan(1, info.SolutionIdentity, info.SolutionName, info.StartedAt.AddDays(-14), "aaa1111", "main", "0.1.0", previousKpis.Select(k => k with { Value = k.Value + 1 }).ToList());
        var trend = new List<StoredScan> { Stored(3, 0, kpis, "fix"), oldest, Stored(2, 7, previousKpis, "wip") };
        var removed = new Dependency(T("Shop.Billing.Refunds"), T("Shop.Orders.Order"), 2, new Dictionary<DependencyKind, int> { [DependencyKind.MethodCall] = 2 }, [new SourceLocation(T("src/Shop.Billing/Refunds.cs"), 14)]);
        var diff = new ScanDiff(
            trend[2], trend[0], [finding], [finding with { Message = T("Shop.Data uses Shop.Web"), Fingerprint = "f0" }], 0,
            [orderToInvoice], [removed],
            [new KpiDelta(KpiCatalog.CrossCellDependencies, 6, 4, -2, "better"), new KpiDelta(KpiCatalog.Modularity, 0.35, 0.42, 0.07, "better")]);
        return new ReportData(current, previous, trend, diff);
    }

    /// <summary>The scan with a composition root added: <c>Shop.Web.Startup</c>, which wires Orders, held by the host element "Web host".</summary>
    public static ReportData WithHost(ReportData sample)
    {
        var current = sample.Current;
        var controller = current.Graph.Types.Single(t => t.Name.StartsWith("OrderController", StringComparison.Ordinal));
        var startup = controller with { Id = "Shop.Web.Startup", Name = "Startup", File = "src/Shop.Web/Startup.cs" };
        var wiring = new Dependency(startup.Id, current.Graph.Types.Single(t => t.Name.StartsWith("OrderService", StringComparison.Ordinal)).Id, 2, new Dictionary<DependencyKind, int> { [DependencyKind.MethodCall] = 2 }, [new SourceLocation(startup.File, 12)]);
        var host = new Cell("Web host", CellKind.Host, CellOrigin.Proposed, null, [startup.Id], 0, new CellScore(0, 2, 0, 0, 0, 0, 240, 0), ["Startup wires the cells at start-up: a composition root."]);
        return sample with
        {
            Current = current with
            {
                Graph = current.Graph with { Types = [.. current.Graph.Types, startup], Dependencies = [.. current.Graph.Dependencies, wiring] },
                Cells = current.Cells with { Cells = [.. current.Cells.Cells, host], Memberships = [.. current.Cells.Memberships, new TypeMembership(startup.Id, host.Name, 1, "host: composition root (Startup)")] },
            },
        };
    }

    /// <summary>The sample with Orders split into two sub-cells named by <paramref name="name"/> (a hostile name for escaping tests).</summary>
    public static ReportData WithSubCells(ReportData sample, Func<string, string>? name = null)
    {
        name ??= s => s;
        var current = sample.Current;
        var orders = current.Cells.Cells.First(c => c.Kind == CellKind.Cell && c.Members.Count == 3);
        var split = orders with
        {
            SubCells =
            [
                new SubCell(name("Checkout"), [orders.Members[0], orders.Members[2]], 0.75, 3),
                new SubCell(name("Order lines"), [orders.Members[1]], 0.6, 3),
            ],
        };
        return sample with { Current = current with { Cells = current.Cells with { Cells = current.Cells.Cells.Select(c => c == orders ? split : c).ToList() } } };
    }

    private static ProjectInfo Project(string name, string path, string framework, ProjectStyle style, ProjectFidelity fidelity) =>
        new(name, path, "C#", [framework], style, fidelity, [], [], []);
}
