using Modernize.Model;
using Modernize.Scanning.Configuration;

namespace Modernize.Scanning.Tests.Configuration;

/// <summary>Hostile and broken files: each problem is an InputException naming the file and the line.</summary>
public sealed class ConfigLoaderErrorTests
{
    private const string TwoCells = """
        teams:
          team-a: { authors: ["*@a.example.com"] }
        cells:
          - name: Ordering
            owner: team-a
            include: ["Shop.Ordering.*"]
          - name: Billing
            include: ["Shop.Billing.*"]

        """;

    [Theory]
    [InlineData("thresolds:\n  classCoupling: 3\n", 1, "unknown key 'thresolds'", "did you mean 'thresholds'?")]
    [InlineData("cells:\n  - name: A\n    includes: [\"A.*\"]\n", 3, "unknown key 'includes'", "did you mean 'include'?")]
    [InlineData("rules:\n  - id: r\n    from: cell:*\n    deny: cell:*\n    severty: warning\n", 5, "unknown key 'severty'", "did you mean 'severity'?")]
    [InlineData("history:\n  window: 365d\n  colour: blue\n", 3, "unknown key 'colour' in history", "known: window")]
    public void Unknown_keys_are_named_with_their_line_and_a_suggestion(string yaml, int line, string problem, string hint)
    {
        var error = Parse(yaml);

        Assert.StartsWith($"line {line}: ", error.Problem, StringComparison.Ordinal);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Contains(hint, error.Problem, StringComparison.Ordinal);
        Assert.Equal("modernize.yml", error.File);
    }

    [Theory]
    [InlineData(TwoCells + "rules:\n  - id: r\n    from: cell:Ordering\n    deny: [cell:Nope]\n", 12, "undeclared cell 'Nope'")]
    [InlineData(TwoCells + "rules:\n  - id: r\n    from: tissue:Platform\n    deny: [cell:*]\n", 11, "undeclared tissue 'Platform'")]
    [InlineData("cells:\n  - name: A\n    include: [\"Shop.[A-Z].*\"]\n", 3, "bad glob")]
    [InlineData("rules:\n  - id: r\n    deny-api: [\"System..Web\"]\n", 3, "empty segment")]
    [InlineData("rules:\n  - id: r\n    from: \"*.Web.***\"\n    deny: [\"*.Data.*\"]\n", 3, "'***'")]
    [InlineData(TwoCells + "  - name: Ordering\n    include: [\"X.*\"]\n", 9, "duplicate cell or tissue name 'Ordering'")]
    [InlineData(TwoCells + "tissue:\n  - name: Billing\n", 10, "duplicate cell or tissue name 'Billing'")]
    [InlineData(TwoCells + "rules:\n  - id: r\n    no-cycles: cell\n  - id: r\n    no-cycles: namespace\n", 12, "duplicate rule id 'r'")]
    [InlineData("teams:\n  t: { authors: [a] }\ncells:\n  - name: A\n    owner: someone-else\n", 5, "owner 'someone-else' of cell 'A' is not declared in teams")]
    [InlineData("version: 2\n", 1, "unsupported version 2")]
    [InlineData("history:\n  window: 90 days\n", 2, "must be a duration such as 90d")]
    [InlineData("history:\n  window: 0d\n", 2, "must be a duration")]
    [InlineData("thresholds:\n  crossCellChangeRatio: { max: 0.2, window: soon }\n", 2, "thresholds.crossCellChangeRatio.window must be a duration")]
    [InlineData("thresholds:\n  classCoupling: lots\n", 2, "thresholds.classCoupling must be a whole number, not 'lots'")]
    [InlineData("thresholds:\n  classCoupling: \"95\"\n", 2, "must be a whole number, not the quoted text '95'")]
    [InlineData("thresholds:\n  distance: 1.5\n", 2, "between 0 and 1")]
    [InlineData("cells: Ordering\n", 1, "cells must be a list")]
    [InlineData("cells:\n  - name: A\n    include: { a: b }\n", 3, "must be a list")]
    [InlineData("teams:\n  - team-a\n", 2, "teams must be a mapping of names")]
    [InlineData("proposal:\n  weights: { structure: high }\n", 2, "proposal.weights.structure must be a number")]
    [InlineData("rules:\n  - id: r\n    severity: fatal\n    no-cycles: cell\n", 3, "must be error, warning or info")]
    [InlineData("rules:\n  - id: r\n    no-cycles: type\n", 3, "must be cell, namespace or project")]
    [InlineData("rules:\n  - id: r\n    from: cell:*\n", 2, "says nothing")]
    [InlineData("rules:\n  - id: r\n    deny: [\"*.Data.*\"]\n", 2, "needs 'from'")]
    [InlineData("rules:\n  - id: r\n    no-cycles: cell\n    deny-api: [X.*]\n", 2, "mixes kinds")]
    [InlineData("rules:\n  - id: r\n    threshold: clasCoupling\n", 3, "did you mean 'classCoupling'?")]
    [InlineData("rules:\n  - id: r\n    threshold: depthOfInheritance\n", 2, "needs 'max'")]
    [InlineData("rules:\n  - id: bad id\n    no-cycles: cell\n", 2, "may contain only letters")]
    [InlineData("rules:\n  - from: cell:*\n    deny: cell:*\n", 2, "needs an 'id'")]
    [InlineData("history:\n  window: 90d\n  window: 30d\n", 3, "uplicate key")]
    [InlineData("proposal:\n  modules:\n    registrationOwnShare: 0.4\n", 3, "proposal.modules.registrationOwnShare must be between 0.5 and 1, not 0.4")]
    [InlineData("proposal:\n  modules:\n    kernelUserShare: most\n", 3, "proposal.modules.kernelUserShare must be a number, not 'most'")]
    [InlineData("proposal:\n  modules:\n    sliceMinDomainWords: 0\n", 3, "proposal.modules.sliceMinDomainWords must be between 1 and 1000, not 0")]
    [InlineData("proposal:\n  modules:\n    sliceDomainShare: 2\n", 3, "proposal.modules.sliceDomainShare must be between 0 and 1")]
    [InlineData("proposal:\n  modules:\n    kernelWords: [Common, Shop.Common]\n", 3, "each entry of proposal.modules.kernelWords must be one namespace segment (letters, digits, '_'), not 'Shop.Common'")]
    [InlineData("proposal:\n  modules:\n    kernelWord: [Common]\n", 3, "did you mean 'kernelWords'?")]
    [InlineData("proposal:\n  platform:\n    maxDomainFanOutShare: 1.5\n", 3, "proposal.platform.maxDomainFanOutShare must be between 0 and 1, not 1.5")]
    [InlineData("proposal:\n  platform:\n    rootMinNamespaces: 1\n", 3, "proposal.platform.rootMinNamespaces must be between 2 and 10000, not 1")]
    [InlineData("proposal:\n  platform:\n    words: [Caching, Core.IO]\n", 3, "each entry of proposal.platform.words must be one namespace segment (letters, digits, '_'), not 'Core.IO'")]
    [InlineData("proposal:\n  platform:\n    word: [Caching]\n", 3, "did you mean 'words'?")]
    [InlineData("proposal:\n  subCells:\n    maxSubCells: 1\n", 3, "proposal.subCells.maxSubCells must be between 2 and 100, not 1")]
    [InlineData("proposal:\n  subCells:\n    minModularity: 2\n", 3, "proposal.subCells.minModularity must be between 0 and 1, not 2")]
    [InlineData("proposal:\n  tissue:\n    minDependents: 0\n", 3, "proposal.tissue.minDependents must be between 1 and 10000, not 0")]
    [InlineData("proposal:\n  tissue:\n    minPartInboundShare: 0\n", 3, "proposal.tissue.minPartInboundShare must be between 0.01 and 1, not 0")]
    [InlineData("proposal:\n  tissue:\n    unitMinSelfContained: high\n", 3, "proposal.tissue.unitMinSelfContained must be a number, not 'high'")]
    [InlineData("proposal:\n  resolutions: [0.5, 0.25]\n", 2, "proposal.resolutions must be in ascending order without repeats")]
    [InlineData("proposal:\n  resolutions: []\n", 2, "proposal.resolutions must list 1 to 20 resolutions, not 0")]
    [InlineData("proposal:\n  resolutions: [0.5, 200]\n", 2, "each entry of proposal.resolutions must be between 0.01 and 100, not 200")]
    public void Broken_rule_files_name_the_line_and_the_problem(string yaml, int line, string problem)
    {
        var error = Parse(yaml);

        Assert.StartsWith($"line {line}: ", error.Problem, StringComparison.Ordinal);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cells:\n  - name: A\n    include: [\"A.*\"\n", 4)]
    [InlineData("rules:\n  - id: r\n   no-cycles: cell\n", 3)]
    [InlineData("cells: [\n", 2)]
    [InlineData("a: b\n---\nc: d\n", 2)]
    public void Yaml_syntax_errors_carry_the_line_of_the_parser(string yaml, int line)
    {
        var error = Parse(yaml);

        Assert.StartsWith($"line {line}: ", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(13)]
    public void A_billion_laughs_alias_bomb_is_refused_without_expanding_it(int levels)
    {
        // 9 levels of 9 aliases expand to 9^9 (387 million) values; 13 levels pass the alias limit as well.
        var yaml = "proposal:\n  exclude: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (var level = 1; level < levels; level++)
        {
            yaml += $"  weights: &l{level} [{string.Join(",", Enumerable.Repeat($"*l{level - 1}", 9))}]\n";
        }

        var error = Parse(yaml);

        Assert.Matches("^line [0-9]+: ", error.Problem);
        if ((levels - 1) * 9 > 100)
        {
            Assert.Contains("more than 100 aliases", error.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Few_aliases_that_expand_to_many_values_are_bounded_by_the_walk()
    {
        // One team of 5000 authors aliased by 99 more teams: 99 aliases, but half a million values to read.
        var authors = string.Join(",", Enumerable.Range(0, 5000).Select(i => "a" + i));
        var yaml = $"teams:\n  t0: &team {{ authors: [{authors}] }}\n"
            + string.Concat(Enumerable.Range(1, 99).Select(i => $"  t{i}: *team\n"));

        var error = Parse(yaml);

        Assert.Contains("expands to more than", error.Problem, StringComparison.Ordinal);
        Assert.Matches("^line [0-9]+: ", error.Problem);
    }

    [Fact]
    public void A_few_anchors_for_shared_globs_are_fine()
    {
        var config = ConfigLoader.Parse("""
            cells:
              - name: A
                include: &shared ["Shop.A.*"]
              - name: B
                include: *shared
            """, "m.yml");

        Assert.Equal(config.Cells[0].Include, config.Cells[1].Include);
    }

    private static InputException Parse(string yaml) =>
        Assert.Throws<InputException>(() => ConfigLoader.Parse(yaml, "modernize.yml"));
}
