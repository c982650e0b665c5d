using Modernize.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Modernize.Scanning.Configuration;

/// <summary>
/// Checks the raw event stream before the representation model is built: size, aliases and documents.
/// Aliases are resolved to shared nodes, so loading never expands them; the walk is bounded by
/// <see cref="YamlReadContext.MaxNodeVisits"/>, and this pass keeps alias-heavy files out altogether.
/// </summary>
internal static class YamlSafety
{
    /// <summary>A product map of a thousand cells fits in a few hundred kilobytes.</summary>
    public const int MaxCharacters = 1 << 20;

    /// <summary>Anchors are handy for a shared include list; a hundred aliases is already unusual.</summary>
    public const int MaxAliases = 100;

    public static void Check(string yaml, string file)
    {
        if (yaml.Length > MaxCharacters)
        {
            throw new InputException(file, $"line 1: the file has {yaml.Length} characters; modernize.yml is limited to {MaxCharacters}");
        }

        var parser = new Parser(new StringReader(yaml));
        var aliases = 0;
        var documents = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias when ++aliases > MaxAliases:
                    throw new InputException(file, $"line {alias.Start.Line}: more than {MaxAliases} aliases (*{alias.Value}); modernize.yml refuses alias-heavy documents");
                case DocumentStart { IsImplicit: var isImplicit } start when ++documents > 1:
                    throw new InputException(file, $"line {start.Start.Line}: modernize.yml holds one YAML document, found a second{(isImplicit ? string.Empty : " ('---')")}");
            }
        }
    }
}
