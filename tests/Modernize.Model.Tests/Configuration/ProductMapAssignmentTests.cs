using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Model.Tests.Configuration;

public class ProductMapAssignmentTests
{
    private static TypeNode Type(string id, string project = "src/Shop.csproj")
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, project, id[..dot], "a.cs", 1, false, false, TypeMetrics.Empty, []);
    }

    [Fact]
    public void The_most_specific_declaration_claims_a_type()
    {
        var config = ModernizeConfig.Default with
        {
            Cells =
            [
                new CellDeclaration("Ordering", "team-a", ["Shop.*.Ordering*"], [], [], 1),
                new CellDeclaration("Web", "team-b", ["Shop.Web.**"], [], [], 2),
                new CellDeclaration("Special", null, ["Shop.Web.Ordering.OrderController"], [], [], 3),
            ],
            Tissue = [new CellDeclaration("Platform", null, ["Shop.Common.*"], [], [], 4)],
        };
        var types = new[]
        {
            Type("Shop.Business.Ordering.OrderService"),
            Type("Shop.Web.Ordering.OrderController"),
            Type("Shop.Web.Ordering.CartController"),
            Type("Shop.Web.Home.HomeController"),
            Type("Shop.Common.Logging.Logger"),
            Type("Other.Thing"),
        };

        var assignment = ProductMapAssignment.Assign(config, types);

        Assert.Equal("Ordering", assignment["Shop.Business.Ordering.OrderService"]);
        Assert.Equal("Special", assignment["Shop.Web.Ordering.OrderController"]);
        Assert.Equal("Ordering", assignment["Shop.Web.Ordering.CartController"]);
        Assert.Equal("Web", assignment["Shop.Web.Home.HomeController"]);
        Assert.Equal("Platform", assignment["Shop.Common.Logging.Logger"]);
        Assert.False(assignment.ContainsKey("Other.Thing"));
        Assert.False(ProductMapAssignment.IsCell(config, "Platform"));
        Assert.True(ProductMapAssignment.IsCell(config, "Web"));
        Assert.Null(ProductMapAssignment.IsCell(config, "Nope"));
    }

    [Fact]
    public void Project_globs_claim_types_no_namespace_glob_claims()
    {
        var config = ModernizeConfig.Default with
        {
            Cells = [new CellDeclaration("Billing", null, [], ["src/Billing/**"], [], 1)],
        };
        var assignment = ProductMapAssignment.Assign(config, [Type("Acme.Invoice", "src/Billing/Billing.csproj"), Type("Acme.Other", "src/Other/Other.csproj")]);
        Assert.Equal("Billing", assignment["Acme.Invoice"]);
        Assert.Single(assignment);
    }
}
