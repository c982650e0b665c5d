using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

/// <summary>Data access declared in the mapping files a project lists (fixtures/legacy-maps, loaded by MSBuild): .hbm.xml, .xsd, .edmx.</summary>
[Collection(LegacyMapsGroup.Name)]
public sealed class MappingFileTests(LegacyMapsScan scan)
{
    private IReadOnlyList<DataAccess> Accesses => scan.Graph.DataAccesses;

    [Fact]
    public void NHibernate_hbm_mappings_tie_each_class_to_its_tables_with_the_line_that_says_so()
    {
        Assert.Equal(
            [("Maps.Domain.Customer", "Customers"), ("Maps.Domain.Order", "dbo.OrderProducts"), ("Maps.Domain.Order", "dbo.Orders")],
            Accesses.Where(a => a.Kind == DataAccessKind.NHibernate).Select(a => (a.From, a.Target)).Order());
        var orders = Assert.Single(Accesses, a => a.Target == "dbo.Orders");
        Assert.Equal(new SourceLocation("Maps.Data/Mappings/Order.hbm.xml", 3), orders.Location);
        Assert.Equal(new SourceLocation("Maps.Data/Mappings/Order.hbm.xml", 8), Assert.Single(Accesses, a => a.Target == "dbo.OrderProducts").Location);

        // Mappings/Unlisted.hbm.xml maps Product, but the project does not list it.
        Assert.DoesNotContain(Accesses, a => a.From == "Maps.Domain.Product" || a.Target == "Products");
    }

    [Fact]
    public void A_typed_dataset_schema_names_the_real_tables_of_its_table_adapters_and_code_using_an_adapter_reaches_them()
    {
        var dataSet = Accesses.Where(a => a.Kind is DataAccessKind.TypedDataSet or DataAccessKind.StoredProcedure).Select(a => (a.From, a.Target, a.Kind, a.Operation)).Distinct().Order().ToList();
        Assert.Equal(
            [
                ("Maps.Data.Billing.InvoiceScreen", "dbo.Invoices", DataAccessKind.TypedDataSet, "read"),
                ("Maps.Data.Billing.InvoiceScreen", "dbo.Invoices", DataAccessKind.TypedDataSet, "write"),
                ("Maps.Data.ShopDataSet.InvoicesDataTable", "dbo.Invoices", DataAccessKind.TypedDataSet, "read"),
                ("Maps.Data.ShopDataSet.InvoicesDataTable", "dbo.Invoices", DataAccessKind.TypedDataSet, "write"),
                ("Maps.Data.ShopDataSetTableAdapters.InvoicesTableAdapter", "dbo.Invoices", DataAccessKind.TypedDataSet, "read"),
                ("Maps.Data.ShopDataSetTableAdapters.InvoicesTableAdapter", "dbo.Invoices", DataAccessKind.TypedDataSet, "write"),
                ("Maps.Data.ShopDataSetTableAdapters.OpenInvoicesTableAdapter", "dbo.usp_OpenInvoices", DataAccessKind.StoredProcedure, "unknown"),
            ],
            dataSet);
        Assert.All(Accesses.Where(a => a.From.Contains("ShopDataSet", StringComparison.Ordinal)), a => Assert.Equal("Maps.Data/ShopDataSet.xsd", a.Location.File));
    }

    [Fact]
    public void An_edmx_mapping_ties_the_entity_class_to_its_store_table()
    {
        var payment = Assert.Single(Accesses, a => a.Kind == DataAccessKind.Edmx);
        Assert.Equal(("Maps.Data.Payment", "billing.Payments"), (payment.From, payment.Target));
        Assert.Equal(new SourceLocation("Maps.Data/ShopModel.edmx", 36), payment.Location);
    }

    [Fact]
    public void A_mapping_file_with_an_external_entity_is_skipped_without_resolving_it()
    {
        Assert.DoesNotContain(Accesses, a => a.From == "Maps.Domain.Secret" || a.Target.Contains("LEAKED", StringComparison.Ordinal));
        var project = Assert.Single(scan.Graph.Projects, p => p.Name == "Maps.Data");
        var warning = Assert.Single(project.Fidelity.Warnings, w => w.Contains("Secret.hbm.xml", StringComparison.Ordinal));
        Assert.StartsWith("Maps.Data/Mappings/Secret.hbm.xml: data mapping file skipped:", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("LEAKED", warning, StringComparison.Ordinal);

        // Customer.hbm.xml starts with a DOCTYPE too: skipped, not an error.
        Assert.Contains(Accesses, a => a.From == "Maps.Domain.Customer");
    }
}
