using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

/// <summary>Data access as legacy code does it: NHibernate, typed DataSets, stored procedures by name, EDMX entity sets.</summary>
public sealed class LegacyDataAccessTests
{
    private const string Frameworks = """
        namespace NHibernate
        {
            public interface ISession
            {
                System.Linq.IQueryable<T> Query<T>();
                object QueryOver<T>() where T : class;
                object CreateCriteria<T>() where T : class;
                T Get<T>(object id);
            }
        }

        namespace FluentNHibernate.Mapping
        {
            public class ClassMap<T> { }
        }

        namespace System.Data.SqlClient
        {
            public class SqlCommand
            {
                public SqlCommand(string commandText) { }
                public string CommandText { get; set; }
                public System.Data.CommandType CommandType { get; set; }
            }
        }

        namespace System.Data.Objects
        {
            public class ObjectContext { }
            public class ObjectSet<T> where T : class { }
        }
        """;

    [Fact]
    public async Task NHibernate_sessions_and_fluent_mappings_name_their_entities()
    {
        var graph = await ExtractAsync("""
            using NHibernate;
            using FluentNHibernate.Mapping;
            using System.Linq;
            namespace Shop
            {
                public class Order { }
                public class Customer { }
                public class Invoice { }
                public class OrderMap : ClassMap<Order> { }
                public class OrderRepository
                {
                    private readonly ISession session;
                    public int Count() => session.Query<Order>().Count();
                    public Customer Find(int id) => session.Get<Customer>(id);
                    public object Unpaid() => session.QueryOver<Invoice>();
                }
            }
            """);

        Assert.Equal(
            [("Shop.OrderMap", "Shop.Order"), ("Shop.OrderRepository", "Shop.Customer"), ("Shop.OrderRepository", "Shop.Invoice"), ("Shop.OrderRepository", "Shop.Order")],
            graph.DataAccesses.Where(d => d.Kind == DataAccessKind.NHibernate).Select(d => (d.From, d.Target)).Distinct().Order());
    }

    [Fact]
    public async Task A_procedure_name_handed_to_a_command_is_a_stored_procedure_and_sql_is_still_sql()
    {
        var graph = await ExtractAsync("""
            using System.Data.SqlClient;
            namespace Shop
            {
                public class OrderGateway
                {
                    public void Load()
                    {
                        var byName = new SqlCommand("dbo.usp_GetOrders") { CommandType = System.Data.CommandType.StoredProcedure };
                        var bracketed = new SqlCommand("[dbo].[usp_CancelOrder]");
                        var sql = new SqlCommand("SELECT Id FROM dbo.Orders");
                    }
                }
            }
            """);

        Assert.Equal(["dbo.usp_CancelOrder", "dbo.usp_GetOrders"], graph.DataAccesses.Where(d => d.Kind == DataAccessKind.StoredProcedure).Select(d => d.Target).Order(StringComparer.Ordinal));
        Assert.Contains(graph.DataAccesses, d => d.Kind == DataAccessKind.SqlLiteral && d.Target == "dbo.Orders");
    }

    [Fact]
    public async Task Code_using_a_typed_dataset_table_adapter_reaches_its_table()
    {
        var graph = await ExtractAsync("""
            namespace Shop.ShopDataSetTableAdapters
            {
                public partial class OrdersTableAdapter : System.ComponentModel.Component
                {
                    public object GetData() => null;
                    public int Update(object table) => 0;
                }
            }

            namespace Shop
            {
                public class OrderScreen
                {
                    public void Refresh() { var adapter = new ShopDataSetTableAdapters.OrdersTableAdapter(); adapter.GetData(); adapter.Update(null); }
                }
            }
            """);

        Assert.Equal(
            [("Shop.OrderScreen", "Orders", "read"), ("Shop.OrderScreen", "Orders", "write")],
            graph.DataAccesses.Where(d => d.Kind == DataAccessKind.TypedDataSet).Select(d => (d.From, d.Target, d.Operation)).Distinct().Order());
    }

    [Fact]
    public async Task Edmx_object_sets_name_their_entities()
    {
        var graph = await ExtractAsync("""
            using System.Data.Objects;
            namespace Shop
            {
                public class Order { }
                public class ShopEntities : ObjectContext { public ObjectSet<Order> Orders { get; set; } }
            }
            """);

        var access = Assert.Single(graph.DataAccesses, d => d.Kind == DataAccessKind.Edmx);
        Assert.Equal(("Shop.ShopEntities", "Shop.Order"), (access.From, access.Target));
    }

    private static async Task<CodeGraph> ExtractAsync(string source)
    {
        var solution = new TestSolution();
        solution.AddProject("Shop", [("Shop.cs", source)], references: [StubAssembly.Compile("LegacyData", Frameworks)]);
        using var workspace = solution.Load();
        return await TestSolution.ExtractAsync(workspace);
    }
}
