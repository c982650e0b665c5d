using Microsoft.CodeAnalysis;

namespace Modernize.Extraction.Data;

/// <summary>Recognises the data-access types of EF6, EF Core, LINQ to SQL, ADO.NET and Dapper by name, so no package needs to be referenced.</summary>
internal static class DataApis
{
    public static bool IsEntitySet(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Arity: 1 } named
        && named.OriginalDefinition.Name is "DbSet" or "IDbSet"
        && IsEntityFrameworkNamespace(named.ContainingNamespace?.ToDisplayString());

    public static bool IsLinqToSqlTable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Arity: 1, Name: "Table" } named && named.ContainingNamespace?.ToDisplayString() == "System.Data.Linq";

    /// <summary>The context types whose <c>Set&lt;T&gt;()</c> or <c>GetTable&lt;T&gt;()</c> opens an entity set.</summary>
    public static bool IsDataContext(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "DbContext" or "ObjectContext" && IsEntityFrameworkNamespace(current.ContainingNamespace?.ToDisplayString()))
            {
                return true;
            }

            if (current.Name == "DataContext" && current.ContainingNamespace?.ToDisplayString() == "System.Data.Linq")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Methods and constructors that take SQL text: ADO.NET commands and adapters, Dapper's extension methods, EF's raw SQL.</summary>
    public static bool TakesSql(ISymbol? method) => method switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor =>
            constructor.ContainingType.Name.EndsWith("Command", StringComparison.Ordinal)
            || constructor.ContainingType.Name.EndsWith("DataAdapter", StringComparison.Ordinal),
        IMethodSymbol { ContainingType.Name: "SqlMapper" } => true,
        IMethodSymbol dapperLike when dapperLike.ContainingNamespace?.ToDisplayString() == "Dapper" => true,
        IMethodSymbol raw => raw.Name is "FromSqlRaw" or "FromSql" or "FromSqlInterpolated" or "ExecuteSqlRaw" or "ExecuteSqlCommand"
            or "ExecuteSqlInterpolated" or "SqlQuery" or "ExecuteQuery" or "ExecuteCommand" or "ExecuteStoreQuery" or "ExecuteStoreCommand",
        IPropertySymbol { Name: "CommandText" } => true,
        _ => false,
    };

    private static bool IsEntityFrameworkNamespace(string? ns) =>
        ns is "Microsoft.EntityFrameworkCore" or "System.Data.Entity" or "System.Data.Entity.Core.Objects" or "System.Data.Objects";
}
