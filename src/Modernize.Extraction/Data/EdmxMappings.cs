using System.Xml.Linq;
using Modernize.Model.Graph;
using static Modernize.Extraction.Data.MappingXml;

namespace Modernize.Extraction.Data;

/// <summary>
/// An EF designer <c>.edmx</c>: the mapping (MSL) ties each conceptual entity type (CSDL, the generated class) to a storage
/// entity set (SSDL), whose <c>Schema</c> and <c>Table</c> (or name) are the real table. The class's CLR namespace is the
/// project's, not the model's, so only the class name is known here; the graph resolves it.
/// </summary>
internal static class EdmxMappings
{
    public static IEnumerable<MappedAccess> Read(XDocument document, string file)
    {
        if (document.Root is not { Name.LocalName: "Edmx" } root)
        {
            yield break;
        }

        var storeTables = root.Descendants().Where(e => e.Name.LocalName == "StorageModels")
            .SelectMany(s => s.Descendants().Where(e => e.Name.LocalName == "EntitySet" && Attr(e, "Name") is not null))
            .GroupBy(e => Attr(e, "Name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Table(Attr(g.First(), "Schema"), Attr(g.First(), "Table") ?? g.Key), StringComparer.Ordinal);
        foreach (var mapping in root.Descendants().Where(e => e.Name.LocalName == "EntityTypeMapping" && Attr(e, "TypeName") is not null))
        {
            var stores = mapping.Descendants().Where(e => e.Name.LocalName == "MappingFragment").Select(e => Attr(e, "StoreEntitySet")).OfType<string>()
                .Append(Attr(mapping, "StoreEntitySet") ?? Attr(mapping.Parent!, "StoreEntitySet"))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            foreach (var store in stores)
            {
                var table = storeTables.GetValueOrDefault(store) ?? store;
                foreach (var entity in EntityNames(Attr(mapping, "TypeName")!))
                {
                    yield return new MappedAccess(entity, table, DataAccessKind.Edmx, "unknown", At(mapping, file));
                }
            }
        }
    }

    /// <summary><c>ShopModel.Order</c>, <c>IsTypeOf(ShopModel.Order)</c> or several separated by ';', as class names.</summary>
    private static IEnumerable<string> EntityNames(string typeName) => typeName
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(n => n.StartsWith("IsTypeOf(", StringComparison.Ordinal) && n.EndsWith(')') ? n["IsTypeOf(".Length..^1] : n)
        .Select(n => n[(n.LastIndexOf('.') + 1)..]);
}
