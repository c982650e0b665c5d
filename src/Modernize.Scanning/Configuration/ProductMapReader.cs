using Modernize.Model.Configuration;
using YamlDotNet.RepresentationModel;

namespace Modernize.Scanning.Configuration;

/// <summary>Reads the product map: <c>cells</c>, <c>tissue</c> and <c>teams</c>.</summary>
internal static class ProductMapReader
{
    private static readonly string[] ElementKeys = ["name", "owner", "include", "projects", "tables"];
    private static readonly string[] TeamKeys = ["authors"];

    public static IReadOnlyList<TeamDeclaration> ReadTeams(YamlReadContext context, YamlNode node)
    {
        if (YamlReadContext.IsNull(node))
        {
            return [];
        }

        return context.NamedEntries(node, "teams")
            .Select(entry =>
            {
                var name = entry.Key.Value!;
                var fields = context.Mapping(entry.Value, $"team '{name}'", TeamKeys);
                var authors = fields.TryGetValue("authors", out var a) ? context.Strings(a.Value, $"authors of team '{name}'") : [];
                return new TeamDeclaration(name, authors, YamlReadContext.Line(entry.Key));
            })
            .ToList();
    }

    /// <summary>Reads cells or tissue; names must be unique across both, owners must be declared teams when teams exist.</summary>
    public static IReadOnlyList<CellDeclaration> ReadElements(
        YamlReadContext context, YamlNode node, string section, IReadOnlyList<TeamDeclaration> teams, ICollection<string> namesSoFar)
    {
        var result = new List<CellDeclaration>();
        var word = section == "cells" ? "cell" : "tissue element";
        foreach (var item in context.Sequence(node, section))
        {
            var fields = context.Mapping(item, $"a {word}", ElementKeys);
            if (!fields.TryGetValue("name", out var nameEntry))
            {
                throw context.Error(item, $"a {word} needs a 'name'");
            }

            var name = context.NonEmptyString(nameEntry.Value, $"the name of a {word}");
            if (name.Contains(':', StringComparison.Ordinal) || name == "*")
            {
                throw context.Error(nameEntry.Value, $"{word} name '{name}' may not contain ':' or be '*' (rules write cell:NAME)");
            }

            if (namesSoFar.Contains(name))
            {
                throw context.Error(nameEntry.Value, $"duplicate cell or tissue name '{name}'");
            }

            namesSoFar.Add(name);
            string? owner = null;
            if (fields.TryGetValue("owner", out var ownerEntry))
            {
                owner = context.NonEmptyString(ownerEntry.Value, $"the owner of {word} '{name}'");
                if (teams.Count > 0 && teams.All(t => t.Name != owner))
                {
                    throw context.Error(ownerEntry.Value, $"owner '{owner}' of {word} '{name}' is not declared in teams (declared: {string.Join(", ", teams.Select(t => t.Name))})");
                }
            }

            var include = fields.TryGetValue("include", out var inc) ? context.Globs(inc.Value, $"include of {word} '{name}'") : [];
            var projects = fields.TryGetValue("projects", out var proj) ? context.Globs(proj.Value, $"projects of {word} '{name}'") : [];
            var tables = fields.TryGetValue("tables", out var tab) ? context.Strings(tab.Value, $"tables of {word} '{name}'") : [];
            result.Add(new CellDeclaration(name, owner, include, projects, tables, YamlReadContext.Line(item)));
        }

        return result;
    }
}
