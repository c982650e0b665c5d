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
}
