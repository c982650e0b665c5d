using Modernize.Analysis.Cells.Quality;

namespace Modernize.Analysis.Tests.Cells.Quality;

public sealed class NormalizedMutualInformationTests
{
    [Fact]
    public void Identical_partitions_under_other_names_agree_fully()
    {
        var a = Labels(("x", "A"), ("y", "A"), ("z", "B"), ("w", "C"));
        var b = Labels(("x", "1"), ("y", "1"), ("z", "2"), ("w", "3"));

        Assert.Equal(1.0, NormalizedMutualInformation.Of(a, b), 10);
    }

    [Fact]
    public void Independent_partitions_share_nothing()
    {
        var a = Labels(("x", "A"), ("y", "A"), ("z", "B"), ("w", "B"));
        var b = Labels(("x", "1"), ("y", "2"), ("z", "1"), ("w", "2"));

        Assert.Equal(0.0, NormalizedMutualInformation.Of(a, b), 10);
    }

    [Fact]
    public void A_partial_agreement_matches_the_hand_computation()
    {
        // a = [A,A,B,B], b = [1,1,1,2]. H(a) = ln 2, H(b) = −(¾ ln ¾ + ¼ ln ¼),
        // I = ½ ln(4/3) + ¼ ln(2/3) + ¼ ln 2, NMI = 2I / (H(a) + H(b)) ≈ 0.343712.
        var a = Labels(("x", "A"), ("y", "A"), ("z", "B"), ("w", "B"));
        var b = Labels(("x", "1"), ("y", "1"), ("z", "1"), ("w", "2"));
        var mutual = (0.5 * Math.Log(4.0 / 3)) + (0.25 * Math.Log(2.0 / 3)) + (0.25 * Math.Log(2));
        var expected = 2 * mutual / (Math.Log(2) - ((0.75 * Math.Log(0.75)) + (0.25 * Math.Log(0.25))));

        Assert.Equal(expected, NormalizedMutualInformation.Of(a, b), 10);
        Assert.Equal(0.343712, NormalizedMutualInformation.Of(a, b), 5);
    }

    [Fact]
    public void Only_elements_labelled_in_both_count()
    {
        var a = Labels(("x", "A"), ("y", "B"), ("only-in-a", "B"));
        var b = Labels(("x", "1"), ("y", "2"), ("only-in-b", "1"));

        Assert.Equal(1.0, NormalizedMutualInformation.Of(a, b), 10);
    }

    private static Dictionary<string, string> Labels(params (string Element, string Label)[] labels) =>
        labels.ToDictionary(l => l.Element, l => l.Label, StringComparer.Ordinal);
}
