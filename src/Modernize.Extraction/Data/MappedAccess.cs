using Modernize.Model.Graph;

namespace Modernize.Extraction.Data;

/// <summary>A data access a mapping file declares, before its class name is matched to a type of the graph.</summary>
/// <param name="TypeName">The mapped class as the file names it: namespace-qualified (<c>Shop.Domain.Order</c>) or only as far as the file knows (<c>Order</c>, <c>ShopDataSet.OrdersDataTable</c>).</param>
/// <param name="DataTable">For a typed DataSet, the DataTable the access belongs to (code reaching its TableAdapter reaches the same table).</param>
internal sealed record MappedAccess(string TypeName, string Target, DataAccessKind Kind, string Operation, SourceLocation Location, string? DataTable = null);
