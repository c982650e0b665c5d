using Microsoft.CodeAnalysis;

namespace Modernize.Extraction.Data;

/// <summary>Recognises the data-access types of EF6, EF Core, LINQ to SQL, ADO.NET and Dapper by name, so no package needs to be referenced.</summary>
internal static class DataApis
{
    /// <remarks>
    /// Also an unresolved <c>DbSet&lt;T&gt;</c>: a legacy solution whose packages.config packages are not restored (the usual
    /// case for a solution nobody here can build) still declares its entity sets, and the names are EF's alone.
    /// </remarks>
    public static bool IsEntitySet(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Arity: 1 } named
        && named.OriginalDefinition.Name is "DbSet" or "IDbSet"
        && (IsEntityFrameworkNamespace(named.ContainingNamespace?.ToDisplayString()) || IsUnresolved(named));

    /// <summary>
    /// The entity of a generic repository type (<c>IRepository&lt;Order&gt;</c>, <c>RepositoryBase&lt;Order&gt;</c>,
    /// <c>IReadRepository&lt;Order&gt;</c>): one type argument, a name ending in "Repository" or being "RepositoryBase", the
    /// argument a class or struct declared in the solution's source (an open <c>IRepository&lt;T&gt;</c> names no entity).
    /// A name merely holding the word (GitExtensions' <c>IRepositorySerialiser&lt;Repository&gt;</c>, a git repository) does not.
    /// </summary>
    public static INamedTypeSymbol? RepositoryEntity(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Arity: 1 } named
        && (named.Name.EndsWith("Repository", StringComparison.Ordinal) || named.Name == "RepositoryBase")
        && named.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } entity
        && entity.Locations.Any(l => l.IsInSource)
            ? entity
            : null;

    /// <summary>The entities of every generic repository a type is or derives from (itself, its interfaces, its base classes).</summary>
    public static IEnumerable<INamedTypeSymbol> RepositoryEntities(INamedTypeSymbol type)
    {
        var ancestry = new List<INamedTypeSymbol> { type };
        ancestry.AddRange(type.AllInterfaces);
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            ancestry.Add(current);
        }

        return ancestry.Select(RepositoryEntity).OfType<INamedTypeSymbol>().Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default);
    }

    /// <summary>
    /// What a repository method does by its name, the convention every generic repository follows: <c>Insert</c>,
    /// <c>AddAsync</c>, <c>Update</c>, <c>DeleteRange</c>, <c>SaveChanges</c> write; anything else (<c>GetById</c>,
    /// <c>ListAsync</c>, <c>FirstOrDefault</c>, <c>Count</c>) reads.
    /// </summary>
    public static string RepositoryOperation(string methodName)
    {
        ArgumentNullException.ThrowIfNull(methodName);
        return WritingPrefixes.Any(prefix => methodName.StartsWith(prefix, StringComparison.Ordinal)
            && (methodName.Length == prefix.Length || !char.IsLower(methodName[prefix.Length])))
            ? "write"
            : "read";
    }

    private static readonly string[] WritingPrefixes = ["Add", "Insert", "Update", "Delete", "Remove", "Save", "Attach", "Upsert", "Create", "Put", "Persist", "Merge", "Store", "Modify", "Purge", "Truncate"];

    /// <summary>An EF4 ObjectContext entity set, as the EDMX designer generates it.</summary>
    public static bool IsObjectSet(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Arity: 1 } named
        && named.OriginalDefinition.Name is "ObjectSet" or "IObjectSet"
        && IsEntityFrameworkNamespace(named.ContainingNamespace?.ToDisplayString());

    /// <summary>NHibernate's session types, whose generic Query/QueryOver/CreateCriteria/Get/Load name an entity.</summary>
    public static bool IsNHibernateSession(INamedTypeSymbol? type) =>
        type is { Name: "ISession" or "IStatelessSession" or "ISessionImplementor" } && (type.ContainingNamespace?.ToDisplayString().StartsWith("NHibernate", StringComparison.Ordinal) ?? false);

    /// <summary>Fluent NHibernate's <c>ClassMap&lt;T&gt;</c>/<c>SubclassMap&lt;T&gt;</c> base, whose T is the mapped entity.</summary>
    public static INamedTypeSymbol? FluentMappedEntity(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current is { Arity: 1, Name: "ClassMap" or "SubclassMap" } && current.TypeArguments[0] is INamedTypeSymbol entity
                && (current.ContainingNamespace?.ToDisplayString().StartsWith("FluentNHibernate", StringComparison.Ordinal) ?? false))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>The DataTable a typed DataSet's generated TableAdapter serves (OrdersTableAdapter → Orders), or null.</summary>
    public static string? TableAdapterTable(INamedTypeSymbol? type)
    {
        if (type is null || !type.Name.EndsWith("TableAdapter", StringComparison.Ordinal) || type.Name.Length == "TableAdapter".Length)
        {
            return null;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == "Component" && current.ContainingNamespace?.ToDisplayString() == "System.ComponentModel")
            {
                return type.Name[..^"TableAdapter".Length];
            }
        }

        return null;
    }

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

    private static bool IsUnresolved(INamedTypeSymbol type) => type.TypeKind == TypeKind.Error;

    private static bool IsEntityFrameworkNamespace(string? ns) =>
        ns is "Microsoft.EntityFrameworkCore" or "System.Data.Entity" or "System.Data.Entity.Core.Objects" or "System.Data.Objects";
}
