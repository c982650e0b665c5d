using System.Xml.Linq;
using Modernize.Model.Graph;
using static Modernize.Extraction.Data.MappingXml;

namespace Modernize.Extraction.Data;

/// <summary>
/// NHibernate <c>.hbm.xml</c>: each mapped class to its table (a <c>subclass</c> shares its parent's; with no <c>table</c>, the class name), and to the tables of its
/// collections and joins (<c>bag</c>/<c>set</c>/<c>list</c>/… with a <c>table</c>: a link table of a many-to-many, a
/// <c>join</c>). <c>many-to-one</c> and <c>one-to-many</c> name entities, not tables: the property types already tie the classes.
/// </summary>
internal static class HbmMappings
{
    private static readonly HashSet<string> Classes = new(StringComparer.Ordinal) { "class", "subclass", "joined-subclass", "union-subclass" };

    private static readonly HashSet<string> TableOwners = new(StringComparer.Ordinal)
    {
        "bag", "set", "list", "map", "idbag", "array", "primitive-array", "join",
    };

    public static IEnumerable<MappedAccess> Read(XDocument document, string file)
    {
        if (document.Root is not { Name.LocalName: "hibernate-mapping" } root)
        {
            yield break;
        }

        var ns = Attr(root, "namespace");
        var schema = Attr(root, "schema");
        foreach (var mapped in root.Descendants().Where(e => Classes.Contains(e.Name.LocalName)))
        {
            if (TypeNameOf(mapped, ns) is { } type && TableOf(mapped, ns) is { } table)
            {
                yield return new MappedAccess(type, Table(Attr(mapped, "schema") ?? schema, table), DataAccessKind.NHibernate, "unknown", At(mapped, file));
            }
        }

        foreach (var owned in root.Descendants().Where(e => TableOwners.Contains(e.Name.LocalName) && Attr(e, "table") is not null))
        {
            if (owned.Ancestors().FirstOrDefault(e => Classes.Contains(e.Name.LocalName)) is { } owner && TypeNameOf(owner, ns) is { } type)
            {
                yield return new MappedAccess(type, Table(Attr(owned, "schema") ?? schema, Attr(owned, "table")!), DataAccessKind.NHibernate, "unknown", At(owned, file));
            }
        }
    }

    /// <summary>A class's name, completed with the file's default namespace when it has none of its own.</summary>
    private static string? TypeNameOf(XElement mapped, string? ns)
    {
        if (Attr(mapped, "name") is not { } name)
        {
            return null; // entity-name only: a dynamic (dictionary) entity with no class
        }

        var clr = ClrName(name);
        return ns is not null && !clr.Contains('.', StringComparison.Ordinal) ? ns + "." + clr : clr;
    }

    /// <summary>The table a class maps to: its own, its parent's for a <c>subclass</c>, or NHibernate's default, the class name.</summary>
    private static string? TableOf(XElement mapped, string? ns)
    {
        if (Attr(mapped, "table") is { } table)
        {
            return table;
        }

        if (mapped.Name.LocalName == "subclass")
        {
            // A subclass written apart (extends="...") shares a table this file may not name: no guess.
            return mapped.Parent is { } parent && Classes.Contains(parent.Name.LocalName) ? TableOf(parent, ns) : null;
        }

        return TypeNameOf(mapped, ns) is { } type ? type[(type.LastIndexOf('.') + 1)..] : null;
    }
}
