using System.Xml;
using System.Xml.Linq;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Data;

/// <summary>What the mapping-file readers share: attribute access by local name, line numbers, and table-name clean-up.</summary>
internal static class MappingXml
{
    public static string? Attr(XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName && a.Value.Length > 0)?.Value;

    public static SourceLocation At(XElement element, string file) =>
        new(file, element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1);

    /// <summary>A table name without SQL Server brackets, NHibernate back-ticks or quotes, schema-qualified when a schema is given.</summary>
    public static string Table(string? schema, string table)
    {
        var name = Unquote(table);
        return schema is null || name.Contains('.', StringComparison.Ordinal) ? name : Unquote(schema) + "." + name;
    }

    /// <summary>A CLR type name as mapping files write it (<c>Shop.Domain.Order, Shop</c>, <c>Shop.Outer+Inner</c>) in the graph's form.</summary>
    public static string ClrName(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        return (comma < 0 ? name : name[..comma]).Trim().Replace('+', '.');
    }

    private static string Unquote(string name) =>
        name.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal)
            .Replace("`", string.Empty, StringComparison.Ordinal).Replace("\"", string.Empty, StringComparison.Ordinal).Trim();
}
