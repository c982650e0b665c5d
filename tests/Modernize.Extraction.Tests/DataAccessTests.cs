using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

public sealed class DataAccessTests
{
    private const string EntityFramework = """
        using System.Collections;
        using System.Collections.Generic;
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext
            {
                public DbSet<T> Set<T>() where T : class => null;
                public int SaveChanges() => 0;
            }

            public class DbSet<T> : IEnumerable<T> where T : class
            {
                public void Add(T entity) { }
                public IEnumerator<T> GetEnumerator() => null;
                IEnumerator IEnumerable.GetEnumerator() => null;
            }
        }
        """;

    private const string AdoAndDapper = """
        using System.Collections.Generic;
        using System.Data;
        namespace System.Data.SqlClient
        {
            public class SqlCommand
            {
                public SqlCommand(string commandText) { }
                public string CommandText { get; set; }
            }
        }

        namespace Dapper
        {
            public static class SqlMapper
            {
                public static IEnumerable<T> Query<T>(this IDbConnection connection, string sql, object param = null) => null;
                public static int Execute(this IDbConnection connection, string sql, object param = null) => 0;
            }
        }
        """;

    [Fact]
    public async Task Entity_sets_and_the_entities_queried_through_them_are_found()
    {
        var graph = await ExtractAsync(("Data/ShopContext.cs", """
            using System.Linq;
            using Microsoft.EntityFrameworkCore;
            namespace Data
            {
                public class Order { public decimal Total { get; set; } }
                public class Customer { }
                public class ShopContext : DbContext
                {
                    public DbSet<Order> Orders { get; set; }
                }

                public class OrderQueries
                {
                    public int Count(ShopContext db) => db.Orders.Where(o => o.Total > 0).Count();
                    public void Save(ShopContext db, Order order) { db.Orders.Add(order); db.SaveChanges(); }
                    public int Customers(ShopContext db) => db.Set<Customer>().Count();
                }
            }
            """));

        Assert.Equal(
            [
                ("Data.OrderQueries", "Data.Customer", DataAccessKind.EntityFrameworkSet, "unknown", 16),
                ("Data.OrderQueries", "Data.Customer", DataAccessKind.EntityFrameworkEntity, "read", 16),
                ("Data.OrderQueries", "Data.Order", DataAccessKind.EntityFrameworkEntity, "read", 14),
                ("Data.OrderQueries", "Data.Order", DataAccessKind.EntityFrameworkEntity, "write", 15),
                ("Data.ShopContext", "Data.Order", DataAccessKind.EntityFrameworkSet, "unknown", 9),
            ],
            graph.DataAccesses.Select(d => (d.From, d.Target, d.Kind, d.Operation, d.Location.Line)));
        Assert.All(graph.DataAccesses, d => Assert.Equal("Data/ShopContext.cs", d.Location.File));
    }

    [Fact]
    public async Task Entity_sets_of_an_unrestored_ef6_solution_are_found_by_name()
    {
        // System.Data.Entity is not referenced: a packages.config solution whose packages were never restored.
        var graph = await ExtractAsync(("Data/GoalsContext.cs", """
            using System.Data.Entity;
            namespace Data
            {
                public class Goal { }
                public class Group { }
                public class Lookalike<T> { }
                public class GoalsContext : DbContext
                {
                    public IDbSet<Goal> Goals { get; set; }
                    public DbSet<Group> Groups { get; set; }
                    public Lookalike<Goal> NotASet { get; set; }
                }

                public class GoalQueries
                {
                    public object All(GoalsContext db) => db.Goals;
                }
            }
            """));

        Assert.Equal(
            [
                ("Data.GoalQueries", "Data.Goal", DataAccessKind.EntityFrameworkEntity, 16),
                ("Data.GoalsContext", "Data.Goal", DataAccessKind.EntityFrameworkSet, 9),
                ("Data.GoalsContext", "Data.Group", DataAccessKind.EntityFrameworkSet, 10),
            ],
            graph.DataAccesses.Select(d => (d.From, d.Target, d.Kind, d.Location.Line)).OrderBy(d => d.From, StringComparer.Ordinal).ThenBy(d => d.Target, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Generic_repositories_name_the_entity_they_reach()
    {
        var graph = await ExtractAsync(("Data/Repositories.cs", """
            using System.Collections.Generic;
            namespace Data
            {
                public class Order { }
                public class Customer { }
                public interface IRepository<T> { }
                public abstract class RepositoryBase<T> : IRepository<T> { }
                public class EfRepository<T> : RepositoryBase<T> { }
                public interface IOrderRepository : IRepository<Order> { }
                public class OrderRepository : RepositoryBase<Order>, IOrderRepository { }
                public class Basket<T> { }
                public class OrderService
                {
                    private readonly IRepository<Order> orders;
                    public IRepository<Customer> Customers { get; set; }
                    private readonly Basket<Order> basket;
                    private readonly List<Customer> recent;
                    private readonly IRepository<int> numbers;
                }

                public class Invoice { }
                public class InvoiceService(IRepository<Invoice> invoices) { }
                public interface IRepositorySerialiser<T> { }
                public class GitSettings(IRepositorySerialiser<Order> serialiser) { }
            }
            """));

        Assert.Equal(
            [
                ("Data.IOrderRepository", "Data.Order", 9),
                ("Data.InvoiceService", "Data.Invoice", 22),
                ("Data.OrderRepository", "Data.Order", 10),
                ("Data.OrderService", "Data.Customer", 15),
                ("Data.OrderService", "Data.Order", 14),
            ],
            graph.DataAccesses.Select(d => (d.From, d.Target, d.Location.Line)).OrderBy(d => d.From, StringComparer.Ordinal).ThenBy(d => d.Target, StringComparer.Ordinal));
        Assert.All(graph.DataAccesses, d => Assert.Equal((DataAccessKind.Repository, "unknown"), (d.Kind, d.Operation)));
    }

    [Fact]
    public async Task Calls_on_a_repository_read_or_write_its_entity_by_the_method_name()
    {
        var graph = await ExtractAsync(("Data/Repositories.cs", """
            using System.Linq;
            namespace Data
            {
                public class Order { }
                public class Customer { }
                public interface IRepository<T>
                {
                    IQueryable<T> Table { get; }
                    T GetById(int id);
                    void Insert(T entity);
                    void DeleteRange(T[] entities);
                    System.Threading.Tasks.Task<int> SaveChangesAsync();
                    T[] UpdatedSince(int day);
                }
                public interface ICustomerRepository : IRepository<Customer> { Customer ByEmail(string email); }
                public class EfRepository<T> : IRepository<T>
                {
                    public IQueryable<T> Table => null;
                    public T GetById(int id) => default;
                    public void Insert(T entity) => this.DeleteRange(new[] { entity });
                    public void DeleteRange(T[] entities) { }
                    public System.Threading.Tasks.Task<int> SaveChangesAsync() => null;
                    public T[] UpdatedSince(int day) => null;
                }
                public class Addresses { }
                public class OrderService(IRepository<Order> orders, ICustomerRepository customers)
                {
                    public void Place(Order order) => orders.Insert(order);
                    public int Count() => orders.Table.Count();
                    public Customer Find(string email) => customers.ByEmail(email);
                    public void Forget(Customer customer) => customers.DeleteRange(new[] { customer });
                    public object Save() => orders.SaveChangesAsync();
                    public object Recent() => orders.UpdatedSince(1);
                }
            }
            """));

        Assert.Equal(
            [
                ("Data.Customer", 30, "read"),
                ("Data.Customer", 31, "write"),
                ("Data.Order", 28, "write"),
                ("Data.Order", 29, "read"),
                ("Data.Order", 32, "write"),
                ("Data.Order", 33, "read"),
            ],
            graph.DataAccesses
                .Where(d => d.From == "Data.OrderService" && d.Operation != "unknown")
                .Select(d => (d.Target, d.Location.Line, d.Operation))
                .OrderBy(d => d.Target, StringComparer.Ordinal).ThenBy(d => d.Line));
        Assert.DoesNotContain(graph.DataAccesses, d => d.From.StartsWith("Data.EfRepository", StringComparison.Ordinal) && d.Operation != "unknown");
    }

    [Fact]
    public async Task Calls_on_a_repository_whose_package_is_not_restored_still_read_or_write_its_entity()
    {
        // Ardalis.SharedKernel is not referenced: its IRepository<T> is an error type, and calls on it do not bind.
        var graph = await ExtractAsync(("Data/ContributorService.cs", """
            using Ardalis.SharedKernel;
            namespace Data
            {
                public class Contributor { }
                public class ContributorService(IRepository<Contributor> repository, IClock clock)
                {
                    public object Add(Contributor contributor) => repository.AddAsync(contributor);
                    public object Count() => repository.CountAsync();
                    public object Rows() => repository.Table;
                    public object Now() => clock.UpdateNow();
                }
            }
            """));

        Assert.Equal(
            [("Data.Contributor", 7, "write"), ("Data.Contributor", 8, "read"), ("Data.Contributor", 9, "read")],
            graph.DataAccesses
                .Where(d => d.From == "Data.ContributorService" && d.Operation != "unknown")
                .Select(d => (d.Target, d.Location.Line, d.Operation))
                .OrderBy(d => d.Line));
    }

    [Fact]
    public async Task A_set_of_an_unrestored_context_in_another_project_names_the_entity_where_it_is_declared()
    {
        // NuGetGallery: EF6 is not restored, and the web project reaches the context of Core, whose entities live in a
        // third project the web project does not reference (an old-style project gets no transitive references).
        var solution = new TestSolution();
        var entities = solution.AddProject("Entities", [("Entities/User.cs", "namespace Entities { public class User { } }")]);
        var core = solution.AddProject("Core", [("Core/Context.cs", """
            using System.Data.Entity;
            namespace Core
            {
                public class Goal { }
                public class GalleryContext : DbContext
                {
                    public DbSet<Goal> Goals { get; set; }
                    public DbSet<Entities.User> Users { get; set; }
                }
            }
            """)], projectReferences: [entities]);
        solution.AddProject("Web", [("Web/UserService.cs", """
            namespace Web
            {
                public class UserService
                {
                    public object All(Core.GalleryContext db) => db.Users;
                    public object Goals(Core.GalleryContext db) => db.Goals;
                }
            }
            """)], projectReferences: [core]);
        using var workspace = solution.Load();

        var graph = await TestSolution.ExtractAsync(workspace);

        // Seen from Web, a set whose type did not resolve carries no usable entity; where Core declares it, it does.
        Assert.DoesNotContain(graph.DataAccesses, d => d.Target.Length == 0);
        Assert.Equal(
            [("Core.Goal", 6), ("Entities.User", 5)],
            graph.DataAccesses.Where(d => d.From == "Web.UserService").Select(d => (d.Target, d.Location.Line)).OrderBy(d => d.Target, StringComparer.Ordinal));
        Assert.Contains(graph.DataAccesses, d => d.From == "Core.GalleryContext" && d.Target == "Entities.User");
    }

    [Fact]
    public async Task Sql_in_strings_of_every_shape_names_its_tables_and_operation()
    {
        var graph = await ExtractAsync(("Data/Sql.cs", """
            using System.Data;
            using System.Data.Common;
            using System.Data.SqlClient;
            using Dapper;
            namespace Data
            {
                public class OrderSql
                {
                    private const string Products = "SELECT Name FROM Products";
                    public object Plain() => new SqlCommand("SELECT o.Id FROM dbo.Orders o JOIN [dbo].[Customers] c ON c.Id = o.CustomerId");
                    public void Text(DbCommand command) { command.CommandText = "UPDATE Orders SET Total = 0 WHERE Id = 1"; }
                    public string Concatenated(int id) => "SELECT * FROM " + "Invoices WHERE Id = " + id;
                    public string Interpolated(int id) => $"DELETE FROM \"audit\".\"Log\" WHERE Id = {id}";
                    public string Verbatim() => @"INSERT INTO [Sales].[OrderLines] (OrderId)
                        SELECT Id FROM Orders";
                    public object Dapper(IDbConnection connection) => connection.Query<int>("select id from `Shipments` where id = @id");
                    public int Execute(IDbConnection connection) => connection.Execute("merge into Stock using Deliveries d on 1 = 1");
                    public string English() => "Select an item from the list";
                    public string Dynamic(string table) => $"SELECT * FROM {table}";
                }
            }
            """));

        Assert.Equal(
            [
                ("Deliveries", "read", 17),
                ("Invoices", "read", 12),
                ("Orders", "read", 14),
                ("Orders", "write", 11),
                ("Products", "read", 9),
                ("Sales.OrderLines", "write", 14),
                ("Shipments", "read", 16),
                ("Stock", "write", 17),
                ("audit.Log", "write", 13),
                ("dbo.Customers", "read", 10),
                ("dbo.Orders", "read", 10),
            ],
            graph.DataAccesses.Select(d => (d.Target, d.Operation, d.Location.Line)).OrderBy(d => d.Target, StringComparer.Ordinal).ThenBy(d => d.Operation, StringComparer.Ordinal));
        Assert.All(graph.DataAccesses, d => Assert.Equal((DataAccessKind.SqlLiteral, "Data.OrderSql"), (d.Kind, d.From)));
    }

    [Fact]
    public async Task Linq_to_sql_tables_and_mapped_entities_are_found()
    {
        var linqToSql = """
            namespace System.Data.Linq
            {
                public class Table<T> { }
                public class DataContext { public Table<T> GetTable<T>() => null; }
            }

            namespace System.Data.Linq.Mapping
            {
                public sealed class TableAttribute : System.Attribute { public string Name { get; set; } }
            }
            """;
        var solution = new TestSolution();
        solution.AddProject(
            "Data",
            [("Data/Legacy.cs", """
                using System.Data.Linq;
                using System.Data.Linq.Mapping;
                namespace Data
                {
                    [Table(Name = "[dbo].[Invoices]")]
                    public class Invoice { }
                    public class LegacyContext : DataContext
                    {
                        public Table<Invoice> Invoices;
                        public object All() => GetTable<Invoice>();
                    }
                }
                """)],
            references: [StubAssembly.Compile("System.Data.Linq", linqToSql)]);
        using var workspace = solution.Load();

        var graph = await TestSolution.ExtractAsync(workspace);

        Assert.Equal(
            [
                ("Data.Invoice", "dbo.Invoices", "unknown", 6),
                ("Data.LegacyContext", "dbo.Invoices", "unknown", 9),
                ("Data.LegacyContext", "dbo.Invoices", "read", 10),
            ],
            graph.DataAccesses.Select(d => (d.From, d.Target, d.Operation, d.Location.Line)));
        Assert.All(graph.DataAccesses, d => Assert.Equal(DataAccessKind.LinqToSql, d.Kind));
    }

    [Fact]
    public async Task Visual_basic_sql_strings_are_found()
    {
        var solution = new TestSolution();
        solution.AddProject(
            "Reports",
            [("Reports/Report.vb", """
                Namespace Reports
                    Public Class SalesReport
                        Public Function Query(year As Integer) As String
                            Return "SELECT * FROM Sales.Reports " &
                                   "WHERE Year = " & year
                        End Function
                    End Class
                End Namespace
                """)],
            language: Microsoft.CodeAnalysis.LanguageNames.VisualBasic);
        using var workspace = solution.Load();

        var graph = await TestSolution.ExtractAsync(workspace);

        var access = Assert.Single(graph.DataAccesses);
        Assert.Equal(("Reports.SalesReport", "Sales.Reports", DataAccessKind.SqlLiteral, "read", new SourceLocation("Reports/Report.vb", 4)), (access.From, access.Target, access.Kind, access.Operation, access.Location));
    }

    private static async Task<CodeGraph> ExtractAsync((string Path, string Text) source)
    {
        var solution = new TestSolution();
        solution.AddProject(
            "Data",
            [source],
            references: [StubAssembly.Compile("Microsoft.EntityFrameworkCore", EntityFramework), StubAssembly.Compile("Stubs.Data", AdoAndDapper)]);
        using var workspace = solution.Load();
        return await TestSolution.ExtractAsync(workspace);
    }
}
