using Modernize.Analysis.Cells;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Cell names on the shapes of the held-out scans (docs/cells.md, "Names from the domain"): a folder or namespace set by a
/// tool's or framework's convention, or a documentation-only type repeated in every namespace, never names a cell.
/// </summary>
public sealed class CellNamingTests
{
    [Theory]
    [InlineData("App_Start")]
    [InlineData("App_Code")]
    [InlineData("Connected Services")]
    [InlineData("Obsolete")]
    [InlineData("samples")]
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

    // Other types of the solution, sharing its product prefix, so that prefix is learned as one and names nothing.
    private static IEnumerable<TypeNode> Others(string product) => Enumerable.Range(0, 30).Select(i => Type($"{product}.Area{i}.Thing", $"src/{product}/Area{i}/Thing.cs"));

    private static TypeNode Type(string id, string file)
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, "src/App/App.csproj", id[..dot], file, 3, false, false, TypeMetrics.Empty, []);
    }
}
