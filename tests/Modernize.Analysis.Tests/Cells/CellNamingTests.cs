using Modernize.Analysis.Cells;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Cell names on the shapes of the held-out scans (docs/cells.md, "Names from the domain"): a folder or namespace set by a
/// tool's or framework's convention, or a documentation-only type repeated in every namespace, never names a cell; where the
/// namespaces only name layers, the word the type names share does; and cells are named together, best cover first.
/// </summary>
public sealed class CellNamingTests
{
    [Theory]
    [InlineData("App_Start")]
    [InlineData("App_Code")]
    [InlineData("Connected Services")]
    [InlineData("Obsolete")]
    [InlineData("samples")]
    [InlineData("Shop.NET")]
    [InlineData("aspx")]
    public void A_conventional_folder_shared_by_the_members_gives_way_to_their_domain_segment(string folder)
    {
        // Every member sits in the conventional folder; only 4 of 10 carry the domain segment, above the 30 % share a segment needs.
        var members = Enumerable.Range(0, 10)
            .Select(i => Type($"Shop.{(i < 4 ? "Billing." : string.Empty)}Thing{i}", $"src/Shop/{folder}/Thing{i}.cs"))
            .ToList();
        var naming = new CellNaming([.. members, .. Others("Shop")]);

        Assert.Equal("Billing", naming.Name(members));
    }

    [Fact]
    public void A_web_references_address_names_its_cell_by_the_service_not_by_com_or_www()
    {
        // Subtext's proxy of the Community Credit web service: its namespace is the service's address reversed.
        var members = new[] { "AddCommunityCredit", "AddCommunityCreditCompletedEventArgs", "GetEarnedPointsCompleted", "Affiliate" }
            .Select(name => Type($"Blog.Services.com.community_credit.www.{name}", $"src/Blog.Services/Web References/com.community_credit.www/{name}.cs"))
            .ToList();
        var naming = new CellNaming([.. members, .. Others("Blog")]);

        Assert.Equal("community_credit", naming.Name(members));
    }

    [Fact]
    public void A_root_namespace_spread_over_the_solution_gives_way_to_the_cells_own_segment()
    {
        // Jellyfin's shape: its root namespace leads 45 % of the types, spread over every cell, beside MediaBrowser.*.
        var members = Enumerable.Range(0, 6).Select(i => Type($"Jelly.Database.Entities.Entity{i}", $"src/Jelly.Database/Entities/Entity{i}.cs"))
            .Concat(Enumerable.Range(0, 4).Select(i => Type($"Jelly.Storage.Blob{i}", $"src/Jelly.Storage/Blob{i}.cs")))
            .ToList();
        var others = Enumerable.Range(0, 40).Select(i => Type($"Jelly.Api.Controller{i}", $"src/Jelly.Api/Controller{i}.cs"))
            .Concat(Enumerable.Range(0, 60).Select(i => Type($"Media.Controller.Thing{i}", $"src/Media.Controller/Thing{i}.cs")));
        var naming = new CellNaming([.. members, .. others]);

        Assert.Equal("Database", naming.Name(members));
    }

    [Fact]
    public void Visual_basics_my_namespace_names_no_cell()
    {
        var members = new[]
        {
            Type("Remote.My.MySettings", "src/Remote/My Project/Settings.Designer.vb"),
            Type("Remote.My.Resources", "src/Remote/My Project/Resources.Designer.vb"),
            Type("Remote.My.MyApplication", "src/Remote/My Project/Application.Designer.vb"),
            Type("Remote.Connection.ConnectionInfo", "src/Remote/Connection/ConnectionInfo.vb"),
            Type("Remote.Connection.ConnectionList", "src/Remote/Connection/ConnectionList.vb"),
        };
        var naming = new CellNaming([.. members, .. Others("Remote")]);

        Assert.Equal("Connection", naming.Name(members));
    }

    [Fact]
    public void A_type_name_repeated_in_every_namespace_is_no_vocabulary_while_a_stem_of_several_names_is()
    {
        var docs = new[] { "Client", "Server", "Storage", "States" }
            .Select(ns => Type($"Jobs.{ns}.NamespaceDoc", $"src/Jobs/{ns}/NamespaceDoc.cs"))
            .ToList();
        var constants = new[] { "Client", "Server", "Storage", "States" }
            .Select(ns => Type($"Jobs.{ns}.Keys", $"src/Jobs/{ns}/Keys.cs"))
            .ToList();
        var orders = new[] { Type("Jobs.A.OrderService", "src/Jobs/OrderService.cs"), Type("Jobs.B.OrderRepository", "src/Jobs/OrderRepository.cs"), Type("Jobs.C.Invoice", "src/Jobs/Invoice.cs") };
        var naming = new CellNaming([.. docs, .. constants, .. orders, .. Others("Jobs")]);

        Assert.NotEqual("NamespaceDoc", naming.Name(docs));
        Assert.NotEqual("Keys", naming.Name(constants));
        Assert.Equal("Order", naming.Name(orders));
    }

    [Fact]
    public void A_key_from_a_conventional_folder_of_every_member_is_conventional_while_the_same_word_as_a_domain_folder_is_not()
    {
        Assert.True(Modernize.Analysis.Cells.Naming.ConventionalNames.IsConventionalKey("package", ["src/Jobs/App_Packages/LibLog.4.2/LibLog.cs", "src/Jobs/App_Packages/LibLog.4.2/LogProvider.cs"]));
        Assert.False(Modernize.Analysis.Cells.Naming.ConventionalNames.IsConventionalKey("package", ["src/Gallery/Packages/PackageService.cs", "src/Gallery/App_Packages/LibLog.cs"]));
    }

    [Fact]
    public void A_tools_namespace_still_names_its_cell()
    {
        var members = Enumerable.Range(0, 4).Select(i => Type($"Remote.Tools.PortScan{i}", $"src/Remote/Tools/PortScan{i}.cs")).ToList();
        var naming = new CellNaming([.. members, .. Others("Remote")]);

        Assert.Equal("Tools", naming.Name(members));
    }

    [Fact]
    public void A_second_cell_is_not_named_with_the_plural_of_the_first_ones_name()
    {
        var first = Enumerable.Range(0, 4).Select(i => Type($"Remote.Connection.Protocol{i}", $"src/Remote/Connection/Protocol{i}.cs")).ToList();
        var second = Enumerable.Range(0, 4).Select(i => Type($"Remote.{(i < 3 ? "Connections" : "Tree")}.Node{i}", $"src/Remote/Node{i}.cs")).ToList();
        var naming = new CellNaming([.. first, .. second, .. Others("Remote")]);

        Assert.Equal("Connection", naming.Name(first));
        Assert.Equal("Tree", naming.Name(second));
    }

    // Layered single-project shop (Suteki Shop's shape): namespaces that only name layers (Controllers, Maps, Repositories) and
    // entities at the root, so the name comes from the words the type names share.
    private static readonly TypeNode[] Solution =
    [
        ShopType("Shop.Order"), ShopType("Shop.OrderLine"), ShopType("Shop.OrderStatus"), ShopType("Shop.Controllers.OrderController"),
        ShopType("Shop.Controllers.OrderStatusController"), ShopType("Shop.Maps.OrderMap"), ShopType("Shop.Maps.OrderLineMap"),
        ShopType("Shop.Services.HttpContextService"), ShopType("Shop.Services.IHttpContextService"),
        ShopType("Shop.Category"), ShopType("Shop.Controllers.CategoryController"), ShopType("Shop.Maps.CategoryMap"),
        ShopType("Shop.Extensions.ActivatableExtensions"), ShopType("Shop.Repositories.ActivatableExtensions"),
    ];

    [Fact]
    public void A_word_with_a_digit_in_it_names_no_cell()
    {
        // Greenshot's application project: as many Direct3D 11 interop types as destinations, and no domain segment.
        var members = new[] { "D3D11_MAP", "D3D11_USAGE", "ID3D11Device", "ID3D11Texture2D", "FileDestination", "EmailDestination", "PrinterDestination", "MainForm" }
            .Select(name => Type($"Shot.Helpers.{name}", $"src/Shot/Helpers/{name}.cs"))
            .ToList();
        var naming = new CellNaming([.. members, .. Others("Shot")]);

        Assert.Equal("Destination", naming.Name(members));
    }

    [Fact]
    public void An_api_version_folder_names_no_cell()
    {
        // booking's vertical slices: Features/<UseCase>/V1/ in every module, so V1 is the one segment a mixed part shares.
        var members = new[]
            {
                "Flights.Features.CreatingFlight.V1.CreateFlight", "Flights.Features.UpdatingFlight.V1.UpdateFlight",
                "Seats.Features.ReservingSeat.V1.ReserveSeat", "Seats.Features.CreatingSeat.V1.CreateSeat",
                "Airports.Features.CreatingAirport.V1.CreateAirport",
            }
            .Select(name => Type($"Air.{name}", $"src/Air/{string.Join('/', name.Split('.')[..^1])}/{name.Split('.')[^1]}.cs"))
            .ToList();
        var naming = new CellNaming([.. members, .. Others("Air")]);

        var name = naming.Name(members);

        Assert.NotEqual("V1", name, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(name, members[0].Namespace.Split('.').Where(s => s.Any(char.IsDigit)));
    }

    [Fact]
    public void The_leading_word_of_a_compound_product_name_names_no_cell()
    {
        // mojoPortal's core web pages: most are named after the product (mojoBasePage, mojoSetup...) in layer namespaces.
        var members = new[] { "mojoBasePage", "mojoSetup", "mojoSiteMapProvider", "mojoMembershipProvider", "mojoRoleProvider", "PageLink", "ModuleLink" }
            .Select(name => Type($"mojoPortal.Web.UI.{name}", $"Web/UI/{name}.cs"))
            .ToList();
        var naming = new CellNaming([.. members, .. Others("mojoPortal")]);

        Assert.Equal("Link", naming.Name(members));
    }

    [Fact]
    public void A_word_most_type_names_share_names_the_cell_when_namespaces_only_name_layers()
    {
        var naming = new CellNaming(Solution);

        var names = naming.NameAll(
        [
            Solution.Where(t => t.Name.Contains("Order", StringComparison.Ordinal) || t.Name.Contains("HttpContext", StringComparison.Ordinal)).ToList(),
            Solution.Where(t => t.Name.Contains("Category", StringComparison.Ordinal) || t.Name.Contains("Activatable", StringComparison.Ordinal)).ToList(),
        ]);

        Assert.Equal(["Order", "Category"], names);
    }

    [Fact]
    public void A_shared_domain_segment_still_wins_over_type_name_words()
    {
        var members = new[] { ShopType("Shop.Web.Ordering.CartController"), ShopType("Shop.Business.Ordering.Basket"), ShopType("Shop.Business.Ordering.BasketLine") };
        var naming = new CellNaming([.. members, .. Solution]);

        Assert.Equal(["Ordering"], naming.NameAll([members]));
    }

    [Fact]
    public void A_taken_name_gives_way_to_the_next_shared_word_before_any_numbered_suffix()
    {
        var naming = new CellNaming(Solution);
        naming.Reserve("Order");

        var names = naming.NameAll([Solution.Where(t => t.Name.StartsWith("OrderStatus", StringComparison.Ordinal) || t.Name == "Order").ToList()]);

        Assert.Equal(["Status"], names);
    }

    [Fact]
    public void A_name_goes_to_the_cell_it_speaks_for_best_not_to_the_cell_named_first()
    {
        // The larger cell is about events and mentions one order; the smaller one is all orders.
        TypeNode[] events = [ShopType("Shop.Events.DomainEvent"), ShopType("Shop.Events.IDomainEvent"), ShopType("Shop.Events.DomainEventService"), ShopType("Shop.Events.OrderDispatched"), ShopType("Shop.Events.OrderConfirmed"), ShopType("Shop.Controllers.StockController"), ShopType("Shop.StockLevel"), ShopType("Shop.Handlers.SendEmail")];
        TypeNode[] orders = [ShopType("Shop.Order"), ShopType("Shop.OrderLine"), ShopType("Shop.Controllers.OrderController")];
        var naming = new CellNaming([.. events, .. orders]);

        var names = naming.NameAll([events, orders]);

        Assert.Equal("Order", names[1]);
        Assert.NotEqual("Order", names[0]);
        Assert.Equal("Stock", names[0]);
    }

    [Fact]
    public void One_type_name_repeated_across_namespaces_is_no_vocabulary()
    {
        // Hangfire's shape: a NamespaceDoc class in every namespace, beside a few job types.
        TypeNode[] members = [ShopType("Jobs.Client.NamespaceDoc"), ShopType("Jobs.Common.NamespaceDoc"), ShopType("Jobs.Internal.NamespaceDoc"), ShopType("Jobs.Client.EnqueuedState"), ShopType("Jobs.Internal.FailedState")];
        var naming = new CellNaming(members);

        Assert.Equal(["State"], naming.NameAll([members]));
    }

    private static TypeNode ShopType(string id)
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, "src/Shop/Shop.csproj", id[..dot], $"src/{id.Replace('.', '/')}.cs", 3, false, false, TypeMetrics.Empty, []);
    }

    [Fact]
    public void Cells_whose_words_are_all_one_entity_are_told_apart_by_their_use_case_before_any_numbered_suffix()
    {
        // Clean Architecture's shape: a cell per use case of one entity; Create and Update are technical words.
        TypeNode[] update = [ShopType("App.UseCases.Contributors.Update.UpdateContributorCommand"), ShopType("App.UseCases.Contributors.Update.UpdateContributorHandler"), ShopType("App.Web.Contributors.UpdateContributorRequest")];
        TypeNode[] create = [ShopType("App.UseCases.Contributors.Create.CreateContributorCommand"), ShopType("App.UseCases.Contributors.Create.CreateContributorHandler"), ShopType("App.Web.Contributors.CreateContributorRequest")];
        var naming = new CellNaming([.. update, .. create, .. Others("App")]);

        var names = naming.NameAll([update, create]);

        Assert.Contains("Contributors", names);
        Assert.Contains(names, n => n is "UpdateContributor" or "CreateContributor");
        Assert.DoesNotContain(names, n => n.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void A_use_case_is_named_without_its_stacked_role_suffixes_and_the_product_name_names_nothing()
    {
        // NorthwindTraders' shape, one sub-cell of its Customers cell: a command with its handler, validator and tests (every
        // word of them technical or the cell's own; their folder under the 30 % a segment needs to win outright), beside the
        // product-named DbContext that two types share and types that share nothing.
        string[] unrelated = ["Harbor", "Lantern", "Meadow", "Quartz", "Saddle", "Tundra", "Violin", "Walnut"];
        TypeNode[] members =
        [
            ShopType("Northwind.Application.Customers.Commands.DeleteCustomer.DeleteCustomerCommand"),
            ShopType("Northwind.Application.Customers.Commands.DeleteCustomer.DeleteCustomerCommandHandler"),
            ShopType("Northwind.Application.Customers.Commands.DeleteCustomer.DeleteCustomerCommandValidator"),
            ShopType("Northwind.Application.UnitTests.Customers.Commands.DeleteCustomer.DeleteCustomerCommandTests"),
            ShopType("Northwind.Application.Common.Interfaces.INorthwindDbContext"),
            ShopType("Northwind.Persistence.NorthwindDbContext"),
            .. unrelated.Select(word => ShopType($"Northwind.{word}s.{word}")),
        ];
        var naming = new CellNaming([.. members, .. Others("Northwind")], notNames: ["Customers"]);

        Assert.Equal(["DeleteCustomer"], naming.NameAll([members]));
    }

    [Fact]
    public void A_form_prefix_or_event_args_suffix_is_no_domain_word()
    {
        TypeNode[] members = [ShopType("Remote.UI.frmMain"), ShopType("Remote.UI.frmOptions"), ShopType("Remote.UI.ThemeManager"), ShopType("Remote.UI.ThemeInfo"), ShopType("Remote.UI.FilterEventArgs"), ShopType("Remote.UI.SearchEventArgs")];
        var naming = new CellNaming([.. members, .. Others("Remote")]);

        Assert.Equal(["Theme"], naming.NameAll([members]));
    }

    [Fact]
    public void A_presentation_folder_or_the_invalid_of_exception_names_names_no_cell()
    {
        // Every member sits under src/Presentation/ (a segment every member shares would win outright) and more type names say
        // Invalid than Seat: neither says what business they serve.
        string[] names = ["InvalidSeatException", "InvalidFlightException", "InvalidAircraftException", "InvalidAirportException", "SeatBooker", "SeatMap"];
        var members = names.Select(n => Type($"Shop.Web.{n}", $"src/Presentation/Shop.Web/{n}.cs")).ToList();
        var naming = new CellNaming([.. members, .. Others("Shop")]);

        Assert.Equal(["Seat"], naming.NameAll([members]));
    }

    // Other types of the solution, sharing its product prefix, so that prefix is learned as one and names nothing.
    /// <summary>
    /// dotnet/eShop's shapes: extension classes written into Microsoft's framework namespaces (named a cell "Microsoft"), and
    /// generated sources under obj/Debug (named one "Debug"). Neither is a domain; the members' own folder is.
    /// </summary>
    [Fact]
    public void A_borrowed_framework_namespace_and_a_build_output_folder_name_no_cell()
    {
        var borrowed = new[]
        {
            Type("Microsoft.Extensions.DependencyInjection.RabbitMqExtensions", "src/Rabbit/RabbitMqExtensions.cs"),
            Type("Microsoft.Extensions.DependencyInjection.BusBuilderExtensions", "src/Bus/BusBuilderExtensions.cs"),
            Type("Microsoft.AspNetCore.Hosting.MigrateExtensions", "src/Hosting/MigrateExtensions.cs"),
            Type("Shop.Messaging.Subscription", "src/Messaging/Subscription.cs"),
            Type("Shop.Messaging.Envelope", "src/Messaging/Envelope.cs"),
        };
        var generated = new[]
        {
            Type("Shop.Rpc.BasketRequest", "src/Web/obj/Debug/Proto/Basket.cs"),
            Type("Shop.Rpc.BasketResponse", "src/Web/obj/Debug/Proto/Basket.cs"),
            Type("Shop.Rpc.BasketReflection", "src/Web/obj/Debug/Proto/Basket.cs"),
            Type("Shop.Messaging.Subscription", "src/Messaging/Subscription.cs"),
            Type("Shop.Messaging.Envelope", "src/Messaging/Envelope.cs"),
        };

        Assert.Equal("Messaging", new CellNaming([.. borrowed, .. Others("Shop")]).Name(borrowed));
        Assert.NotEqual("Debug", new CellNaming([.. generated, .. Others("Shop")]).Name(generated));
        Assert.NotEqual("Proto", new CellNaming([.. generated, .. Others("Shop")]).Name(generated));
    }

    [Fact]
    public void A_layers_compound_name_names_no_domain_cell_but_does_name_a_cell_that_is_its_project()
    {
        // ApplicationCore is Application + Core, both layer words: the orders cell of eShopOnWeb's shape is Order.
        var orders = new[]
        {
            Type("Shop.ApplicationCore.Entities.OrderAggregate.Order", "src/ApplicationCore/Entities/OrderAggregate/Order.cs"),
            Type("Shop.ApplicationCore.Entities.OrderAggregate.OrderItem", "src/ApplicationCore/Entities/OrderAggregate/OrderItem.cs"),
            Type("Shop.ApplicationCore.Services.OrderService", "src/ApplicationCore/Services/OrderService.cs"),
            Type("Shop.Web.Controllers.OrderController", "src/Web/Controllers/OrderController.cs"),
        };
        // A cell that is the whole ClientApp project (a mobile client) is named after it: it is that app, not a domain.
        var client = new[] { "Views.LoginView", "Views.CartView", "ViewModels.CartViewModel", "Services.Navigation", "Services.Settings" }
            .Select(n => Type($"Shop.ClientApp.{n}", $"src/ClientApp/{n.Replace('.', '/')}.cs", "src/ClientApp/ClientApp.csproj"))
            .ToList();
        var naming = new CellNaming([.. orders, .. client, .. Others("Shop")]);

        Assert.NotEqual("ApplicationCore", naming.Name(orders));
        Assert.Equal("ClientApp", naming.Name(client));
        Assert.True(Modernize.Analysis.Cells.Signals.DomainWords.IsTechnicalSegment("ApplicationCore"));
        Assert.False(Modernize.Analysis.Cells.Signals.DomainWords.IsTechnicalSegment("OrderAggregate"));
    }

    [Fact]
    public void The_products_name_names_a_cell_that_is_the_whole_of_its_project_when_no_domain_word_does()
    {
        // Greenshot's shape: the application project carries the product's name; its namespaces name layers and roles,
        // and no domain word covers 30 % of it.
        var app = new[] { "Helpers.CaptureHelper", "Helpers.PrintHelper", "Helpers.SoundHelper", "Forms.MainForm", "Forms.AboutForm", "Forms.SettingsForm", "Destinations.FileDestination", "Destinations.EmailDestination" }
            .Select(n => Type($"Shot.{n}", $"src/Shot/{n.Replace('.', '/')}.cs", "src/Shot/Shot.csproj"))
            .ToList();
        // eShopLegacyMVC's shape: the one project is all catalog.
        var shop = new[] { "Models.CatalogItem", "Models.CatalogBrand", "Services.CatalogService", "Controllers.CatalogController", "Controllers.PicController" }
            .Select(n => Type($"Shop.{n}", $"src/Shop/{n.Replace('.', '/')}.cs", "src/Shop/Shop.csproj"))
            .ToList();

        Assert.Equal("Shot", new CellNaming([.. app, .. Others("Shot")]).Name(app));
        Assert.NotEqual("Shot", new CellNaming([.. app, .. Others("Shot")]).Name(app.Take(5).ToList()));
        Assert.Equal("Catalog", new CellNaming([.. shop, .. Others("Shop")]).Name(shop));
    }

    private static IEnumerable<TypeNode> Others(string product) => Enumerable.Range(0, 30).Select(i => Type($"{product}.Area{i}.Thing", $"src/{product}/Area{i}/Thing.cs"));

    private static TypeNode Type(string id, string file, string project = "src/App/App.csproj")
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, project, id[..dot], file, 3, false, false, TypeMetrics.Empty, []);
    }
}
