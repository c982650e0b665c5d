namespace Modernize.Model.Graph;

/// <summary>A type touching a table or entity.</summary>
/// <param name="From">Id of the solution type that accesses the data.</param>
/// <param name="Target">Table (for example <c>dbo.Orders</c>) or entity name.</param>
/// <param name="Operation"><c>read</c>, <c>write</c> or <c>unknown</c>.</param>
public sealed record DataAccess(string From, string Target, DataAccessKind Kind, string Operation, SourceLocation Location);
