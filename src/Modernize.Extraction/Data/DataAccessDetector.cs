using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Modernize.Extraction.Walking;
using Modernize.Model.Graph;
using ModelDataAccess = Modernize.Model.Graph.DataAccess;

namespace Modernize.Extraction.Data;

/// <summary>Data-access facts met during the walk: entity sets, LINQ to SQL tables, and SQL text in strings.</summary>
internal sealed partial class DataAccessDetector(DocumentContext context)
{
    private static readonly HashSet<string> WritingMethods = new(StringComparer.Ordinal)
    {
        "Add", "AddRange", "AddAsync", "AddRangeAsync", "Remove", "RemoveRange", "Update", "UpdateRange", "Attach", "AttachRange",
        "InsertOnSubmit", "InsertAllOnSubmit", "DeleteOnSubmit", "DeleteAllOnSubmit", "AddObject", "DeleteObject", "ExecuteDelete",
        "ExecuteDeleteAsync", "ExecuteUpdate", "ExecuteUpdateAsync",
    };

    private readonly StringBuilder text = new();

    /// <summary>LINQ to SQL entities name their table: <c>[Table(Name = "dbo.Orders")]</c>.</summary>
    public void TypeDeclared(INamedTypeSymbol type, int position)
    {
        if (LinqToSqlTableName(type) is { } table)
        {
            Add(type, table, DataAccessKind.LinqToSql, "unknown", context.Tree, position);
        }

        if (DataApis.FluentMappedEntity(type) is { } mapped)
        {
            Add(type, context.IdOf(mapped), DataAccessKind.NHibernate, "unknown", context.Tree, position);
        }

        foreach (var entity in DataApis.RepositoryEntities(type))
        {
            Add(type, context.IdOf(entity), DataAccessKind.Repository, "unknown", context.Tree, position);
        }
    }

    /// <summary>
    /// The entity of the generic repository a member is called on (<c>orders.Insert(order)</c> on an
    /// <c>IRepository&lt;Order&gt;</c> or an <c>IOrderRepository</c> deriving from one); null when the receiver is no repository
    /// or is the repository itself (its own declaration already records it).
    /// </summary>
    private static INamedTypeSymbol? RepositoryReached(INamedTypeSymbol owner, IOperation? instance)
    {
        if (instance is null or IInstanceReferenceOperation || instance.Type is not INamedTypeSymbol receiver)
        {
            return null;
        }

        return SymbolEqualityComparer.Default.Equals(owner, receiver) ? null : DataApis.RepositoryEntities(receiver).FirstOrDefault();
    }

    /// <summary>A <c>DbSet&lt;T&gt;</c> or <c>Table&lt;T&gt;</c> property or field declares an entity set.</summary>
    public void MemberDeclared(INamedTypeSymbol owner, ITypeSymbol type, int position)
    {
        if (DataApis.IsEntitySet(type))
        {
            Add(owner, EntityName(type), DataAccessKind.EntityFrameworkSet, "unknown", context.Tree, position);
        }
        else if (DataApis.IsLinqToSqlTable(type))
        {
            Add(owner, LinqToSqlTarget(type), DataAccessKind.LinqToSql, "unknown", context.Tree, position);
        }
        else if (DataApis.IsObjectSet(type) && ((INamedTypeSymbol)type).TypeArguments[0] is INamedTypeSymbol entity)
        {
            Add(owner, context.IdOf(entity), DataAccessKind.Edmx, "unknown", context.Tree, position);
        }
        else if (DataApis.RepositoryEntity(type) is { } repositoryEntity)
        {
            Add(owner, context.IdOf(repositoryEntity), DataAccessKind.Repository, "unknown", context.Tree, position);
        }
    }

    /// <summary>A repository handed to a constructor (injected; a primary constructor's parameter is never a field).</summary>
    public void ConstructorParameter(INamedTypeSymbol owner, ITypeSymbol type, int position)
    {
        if (DataApis.RepositoryEntity(type) is { } entity)
        {
            Add(owner, context.IdOf(entity), DataAccessKind.Repository, "unknown", context.Tree, position);
        }
    }

    /// <summary>Code that reaches an entity set through a property (<c>db.Orders.Where(...)</c>) queries or changes that entity.</summary>
    public void PropertyReference(INamedTypeSymbol owner, IPropertyReferenceOperation operation)
    {
        var type = operation.Property.Type;
        if (RepositoryReached(owner, operation.Instance) is { } repositoryEntity)
        {
            // A repository's properties (SmartStore's Table, TableUntracked) hand out its rows to read.
            Add(owner, context.IdOf(repositoryEntity), DataAccessKind.Repository, "read", operation.Syntax);
        }

        if (DataApis.IsEntitySet(type))
        {
            var entity = EntityName(type);
            Add(owner, entity.Length > 0 ? entity : EntityWhereDeclared(operation.Property) ?? entity, DataAccessKind.EntityFrameworkEntity, OperationOn(operation), operation.Syntax);
        }
        else if (DataApis.IsLinqToSqlTable(type))
        {
            Add(owner, LinqToSqlTarget(type), DataAccessKind.LinqToSql, OperationOn(operation), operation.Syntax);
        }
    }

    /// <summary>
    /// The entity of a set property declared in another project of the solution, read in that project's own compilation:
    /// seen from here, an unrestored <c>DbSet&lt;T&gt;</c> of another project carries no usable type argument (NuGetGallery's
    /// web project reading <c>IEntitiesContext</c> of NuGetGallery.Core). Null when the declaration is not in the solution.
    /// </summary>
    private string? EntityWhereDeclared(IPropertySymbol property)
    {
        if (property.DeclaringSyntaxReferences.FirstOrDefault() is not { } declaration
            || context.Model.Compilation.References.OfType<CompilationReference>().Select(r => r.Compilation).FirstOrDefault(c => c.ContainsSyntaxTree(declaration.SyntaxTree)) is not { } declaring
            || declaring.GetSemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration.GetSyntax()) is not IPropertySymbol declared)
        {
            return null;
        }

        return declared.Type is INamedTypeSymbol { Arity: 1 } set && set.TypeArguments[0] is INamedTypeSymbol { TypeKind: not Microsoft.CodeAnalysis.TypeKind.Error } entity
            ? context.IdOf(entity)
            : null;
    }

    public void Invocation(INamedTypeSymbol owner, IInvocationOperation operation)
    {
        var method = operation.TargetMethod;
        if (RepositoryReached(owner, operation.Instance) is { } repositoryEntity)
        {
            Add(owner, context.IdOf(repositoryEntity), DataAccessKind.Repository, DataApis.RepositoryOperation(method.Name), operation.Syntax);
        }

        if (method.TypeArguments.Length == 1 && method.Name is "Query" or "QueryOver" or "CreateCriteria" or "Get" or "Load" or "GetAsync" or "LoadAsync"
            && DataApis.IsNHibernateSession(method.ContainingType) && method.TypeArguments[0] is INamedTypeSymbol mapped)
        {
            Add(owner, context.IdOf(mapped), DataAccessKind.NHibernate, "read", operation.Syntax);
        }

        if (DataApis.TableAdapterTable(method.ContainingType) is { } dataTable && !SymbolEqualityComparer.Default.Equals(owner, method.ContainingType))
        {
            var writes = method.Name.StartsWith("Update", StringComparison.Ordinal) || method.Name.StartsWith("Insert", StringComparison.Ordinal) || method.Name.StartsWith("Delete", StringComparison.Ordinal);
            Add(owner, dataTable, DataAccessKind.TypedDataSet, writes ? "write" : "read", operation.Syntax);
        }

        if (method.TypeArguments.Length == 1 && method.Name is "Set" or "GetTable" && DataApis.IsDataContext(method.ContainingType))
        {
            var entity = method.TypeArguments[0];
            if (method.Name == "Set")
            {
                Add(owner, EntityName(entity), DataAccessKind.EntityFrameworkSet, "unknown", operation.Syntax);
                Add(owner, EntityName(entity), DataAccessKind.EntityFrameworkEntity, OperationOn(operation), operation.Syntax);
            }
            else
            {
                Add(owner, TableOrEntityName(entity), DataAccessKind.LinqToSql, OperationOn(operation), operation.Syntax);
            }
        }
    }

    /// <summary>
    /// A member access that did not bind because its receiver's type is unresolved: a repository from a package that was
    /// not restored (Ardalis.SharedKernel's <c>IRepository&lt;T&gt;</c>) still names its entity, and the member's name
    /// (the identifier after the receiver's dot) says whether it writes.
    /// </summary>
    public void Unbound(INamedTypeSymbol owner, IInvalidOperation operation)
    {
        // A call's receiver sits under the unbound member access (an operation of no kind); a property read's directly.
        var receiver = operation.ChildOperations.FirstOrDefault();
        if (receiver is { Kind: OperationKind.None })
        {
            receiver = receiver.ChildOperations.FirstOrDefault();
        }

        if (receiver is not { Type.TypeKind: Microsoft.CodeAnalysis.TypeKind.Error }
            || RepositoryReached(owner, receiver) is not { } entity
            || receiver.Syntax.GetLastToken().GetNextToken() is not { Text: "." } dot)
        {
            return;
        }

        var name = dot.GetNextToken();
        if (!operation.Syntax.Span.Contains(name.Span))
        {
            return;
        }

        var called = name.GetNextToken().Text == "(" && operation.Syntax.Span.Contains(name.GetNextToken().Span);
        Add(owner, context.IdOf(entity), DataAccessKind.Repository, called ? DataApis.RepositoryOperation(name.ValueText) : "read", operation.Syntax);
    }

    public void StringLiteral(INamedTypeSymbol owner, ILiteralOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true, Value: string } && !IsPartOfLargerString(operation))
        {
            Sql(owner, operation);
        }
    }

    public void StringConcatenation(INamedTypeSymbol owner, IBinaryOperation operation)
    {
        if (IsStringConcatenation(operation) && !IsPartOfLargerString(operation))
        {
            Sql(owner, operation);
        }
    }

    public void InterpolatedString(INamedTypeSymbol owner, IInterpolatedStringOperation operation)
    {
        if (!IsPartOfLargerString(operation))
        {
            Sql(owner, operation);
        }
    }

    private void Sql(INamedTypeSymbol owner, IOperation root)
    {
        text.Clear();
        AppendText(root);
        var sql = text.ToString();
        var passed = IsPassedToDatabase(root);
        if (passed && StoredProcedureName().IsMatch(sql.Trim()))
        {
            Add(owner, sql.Trim().Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal), DataAccessKind.StoredProcedure, "unknown", root.Syntax);
            return;
        }

        if (text.Length < 10)
        {
            return;
        }

        foreach (var table in SqlTableParser.Parse(sql, strict: !passed))
        {
            Add(owner, table.Name, DataAccessKind.SqlLiteral, table.Operation, root.Syntax);
        }
    }

    /// <summary>Rebuilds the SQL a string expression produces; what code splices in at run time becomes a parameter-like placeholder.</summary>
    private void AppendText(IOperation operation)
    {
        switch (operation)
        {
            case { ConstantValue: { HasValue: true, Value: string constant } }:
                text.Append(constant);
                break;
            case IBinaryOperation binary when IsStringConcatenation(binary):
                AppendText(binary.LeftOperand);
                AppendText(binary.RightOperand);
                break;
            case IConversionOperation { IsImplicit: true } conversion:
                AppendText(conversion.Operand);
                break;
            case IParenthesizedOperation parenthesized:
                AppendText(parenthesized.Operand);
                break;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string piece } })
                    {
                        text.Append(piece);
                    }
                    else
                    {
                        text.Append(" @p ");
                    }
                }

                break;
            default:
                text.Append(" @p ");
                break;
        }
    }

    private static bool IsStringConcatenation(IBinaryOperation operation) =>
        operation.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Concatenate
        && operation.Type?.SpecialType == SpecialType.System_String;

    private static bool IsPartOfLargerString(IOperation operation)
    {
        var parent = SkipWrappers(operation.Parent);
        return parent is IInterpolatedStringTextOperation || (parent is IBinaryOperation binary && IsStringConcatenation(binary));
    }

    private static bool IsPassedToDatabase(IOperation root) => SkipWrappers(root.Parent) switch
    {
        IArgumentOperation argument => argument.Parent switch
        {
            IInvocationOperation invocation => DataApis.TakesSql(invocation.TargetMethod),
            IObjectCreationOperation creation => DataApis.TakesSql(creation.Constructor),
            _ => false,
        },
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => DataApis.TakesSql(target.Property),
        _ => false,
    };

    private static IOperation? SkipWrappers(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    private static string OperationOn(IOperation setAccess) =>
        SkipWrappers(setAccess.Parent) switch
        {
            IInvocationOperation call when WritingMethods.Contains(call.TargetMethod.Name) => "write",
            IArgumentOperation { Parent: IInvocationOperation call } when WritingMethods.Contains(call.TargetMethod.Name) => "write",
            _ => "read",
        };

    private string EntityName(ITypeSymbol setOrEntity)
    {
        var entity = setOrEntity is INamedTypeSymbol { Arity: 1 } set && (DataApis.IsEntitySet(set) || DataApis.IsLinqToSqlTable(set))
            ? set.TypeArguments[0]
            : setOrEntity;
        return entity is INamedTypeSymbol named ? context.IdOf(named) : entity.ToDisplayString();
    }

    private string LinqToSqlTarget(ITypeSymbol table) =>
        TableOrEntityName(((INamedTypeSymbol)table).TypeArguments[0]);

    private string TableOrEntityName(ITypeSymbol entity) =>
        entity is INamedTypeSymbol named && LinqToSqlTableName(named) is { } table ? table : EntityName(entity);

    private static string? LinqToSqlTableName(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "TableAttribute" } attributeClass
                && attributeClass.ContainingNamespace?.ToDisplayString() == "System.Data.Linq.Mapping")
            {
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "Name" && named.Value.Value is string name && name.Length > 0)
                    {
                        return NormaliseTableName(name);
                    }
                }

                return type.Name;
            }
        }

        return null;
    }

    private static string NormaliseTableName(string name) =>
        name.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal)
            .Replace("\"", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);

    private void Add(INamedTypeSymbol owner, string target, DataAccessKind kind, string operation, SyntaxNode at) =>
        Add(owner, target, kind, operation, at.SyntaxTree, at.SpanStart);

    /// <remarks>
    /// An entity whose own type did not resolve either (NuGetGallery's <c>DbSet&lt;PackageRegistration&gt;</c> where neither EF6
    /// nor the entities' project reference restored) has no id: such an access names nothing and is not recorded, or every
    /// one of them would meet as one nameless shared table.
    /// </remarks>
    private void Add(INamedTypeSymbol owner, string target, DataAccessKind kind, string operation, SyntaxTree tree, int position)
    {
        if (target.Length > 0)
        {
            context.Facts.DataAccesses.Add(new ModelDataAccess(context.IdOf(owner), target, kind, operation, context.LocationOf(tree, position)));
        }
    }

    /// <summary>A bare, possibly schema-qualified identifier: what ADO.NET and Dapper take as a stored procedure's name.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\[?[A-Za-z_][\w]*\]?\.)?\[?[A-Za-z_][\w]*\]?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StoredProcedureName();
}
