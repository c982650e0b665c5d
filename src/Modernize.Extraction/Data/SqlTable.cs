namespace Modernize.Extraction.Data;

/// <summary>A table named by a SQL statement, and whether the statement reads or writes it.</summary>
/// <param name="Name">Brackets, quotes and back-ticks removed; schema kept (<c>dbo.Orders</c>).</param>
/// <param name="Operation"><c>read</c> or <c>write</c>.</param>
public sealed record SqlTable(string Name, string Operation);
