using System.Xml.Linq;
using Modernize.Model.Graph;
using static Modernize.Extraction.Data.MappingXml;

namespace Modernize.Extraction.Data;

/// <summary>
/// A typed DataSet's <c>.xsd</c>: each TableAdapter's commands (<c>DbSource</c>/<c>DbCommand</c>/<c>CommandText</c>) name the
/// real tables (read by the SQL parser: SELECT reads, INSERT/UPDATE/DELETE write) or a stored procedure; the generated
/// TableAdapter class (<c>ShopDataSetTableAdapters.OrdersTableAdapter</c>) and DataTable class (<c>ShopDataSet.OrdersDataTable</c>,
/// from <c>msprop:Generator_TableClassName</c>) both reach them. Without commands, the adapter's <c>DbObjectName</c> is the table.
/// </summary>
internal static class DataSetSchemas
{
    private const string MsProp = "urn:schemas-microsoft-com:xml-msprop";
    private const string MsData = "urn:schemas-microsoft-com:xml-msdata";

    public static IEnumerable<MappedAccess> Read(XDocument document, string file)
    {
        if (document.Root is not { Name.LocalName: "schema" } root
            || root.Descendants().FirstOrDefault(e => e.Name.LocalName == "element" && (string?)e.Attribute(XName.Get("IsDataSet", MsData)) == "true") is not { } dataSet)
        {
            yield break;
        }

        var dataSetClass = (string?)dataSet.Attribute(XName.Get("Generator_DataSetName", MsProp)) ?? Attr(dataSet, "name") ?? Path.GetFileNameWithoutExtension(file);
        var tableClasses = dataSet.Descendants()
            .Where(e => e.Name.LocalName == "element" && e.Attribute(XName.Get("Generator_TableClassName", MsProp)) is not null && Attr(e, "name") is not null)
            .GroupBy(e => Attr(e, "name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string)g.First().Attribute(XName.Get("Generator_TableClassName", MsProp))!, StringComparer.Ordinal);
        foreach (var adapter in root.Descendants().Where(e => e.Name.LocalName == "TableAdapter"))
        {
            var dataTable = Attr(adapter, "Name");
            var adapterClass = Attr(adapter, "GeneratorDataComponentClassName") ?? Attr(adapter, "DataAccessorName") ?? dataTable + "TableAdapter";
            var accesses = Commands(adapter, file).ToList();
            if (accesses.Count == 0 && adapter.Descendants().FirstOrDefault(e => e.Name.LocalName == "DbSource" && Attr(e, "DbObjectName") is not null) is { } source
                && Attr(source, "DbObjectType") is null or "Table" or "View")
            {
                accesses.Add((Table(null, Attr(source, "DbObjectName")!), DataAccessKind.TypedDataSet, "unknown", At(source, file)));
            }

            foreach (var (target, kind, operation, location) in accesses)
            {
                yield return new MappedAccess(dataSetClass + "TableAdapters." + adapterClass, target, kind, operation, location, dataTable);
                if (dataTable is not null && tableClasses.TryGetValue(dataTable, out var tableClass) && kind == DataAccessKind.TypedDataSet)
                {
                    yield return new MappedAccess(dataSetClass + "." + tableClass, target, kind, operation, location, dataTable);
                }
            }
        }
    }

    private static IEnumerable<(string Target, DataAccessKind Kind, string Operation, SourceLocation Location)> Commands(XElement adapter, string file)
    {
        foreach (var command in adapter.Descendants().Where(e => e.Name.LocalName == "DbCommand"))
        {
            var text = command.Elements().FirstOrDefault(e => e.Name.LocalName == "CommandText")?.Value.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (Attr(command, "CommandType") == "StoredProcedure")
            {
                yield return (Table(null, text), DataAccessKind.StoredProcedure, "unknown", At(command, file));
                continue;
            }

            foreach (var table in SqlTableParser.Parse(text, strict: false))
            {
                yield return (table.Name, DataAccessKind.TypedDataSet, table.Operation, At(command, file));
            }
        }
    }
}
