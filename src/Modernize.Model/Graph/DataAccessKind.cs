namespace Modernize.Model.Graph;

public enum DataAccessKind
{
    /// <summary>An Entity Framework (6 or Core) <c>DbSet&lt;T&gt;</c> property or <c>Set&lt;T&gt;()</c> call.</summary>
    EntityFrameworkSet,

    /// <summary>An entity type used in an EF query.</summary>
    EntityFrameworkEntity,

    /// <summary>A LINQ to SQL <c>Table&lt;T&gt;</c> or <c>[Table]</c> entity.</summary>
    LinqToSql,

    /// <summary>An entity class generated from an EDMX model.</summary>
    Edmx,

    /// <summary>SQL in a string literal passed to ADO.NET or Dapper.</summary>
    SqlLiteral,

    /// <summary>An NHibernate entity: <c>ISession.Query&lt;T&gt;</c>/<c>QueryOver</c>/<c>CreateCriteria</c>/<c>Get</c>/<c>Load</c>, or a Fluent <c>ClassMap&lt;T&gt;</c>.</summary>
    NHibernate,

    /// <summary>A stored procedure called by name (a bare procedure name handed to ADO.NET or Dapper).</summary>
    StoredProcedure,

    /// <summary>A typed DataSet table reached through its generated TableAdapter (<c>OrdersTableAdapter</c> for table Orders).</summary>
    TypedDataSet,

    /// <summary>
    /// An entity reached through a generic repository: a field, property or constructor parameter typed
    /// <c>IRepository&lt;Order&gt;</c> (any generic type of one argument whose name ends in "Repository" or is "RepositoryBase"),
    /// or a class or interface deriving from one (<c>OrderRepository : RepositoryBase&lt;Order&gt;</c>). The data access of
    /// layered legacy code, whose ORM calls sit in one base class.
    /// </summary>
    Repository,
}
