namespace Roster.Bench.Dataset;

/// <summary>
/// Built-in name frequencies: the commonest Chinese surnames with their approximate share of the population
/// (rounded from published household-registration rankings, 2019-2020: 王, 李, 张 about 7% each…), and common
/// given-name characters weighted by rank. Names are drawn surname first, then one or two given-name characters.
/// </summary>
public static class NameTable
{
    /// <summary>Surname and approximate share of the population, in percent.</summary>
    public static readonly (string Surname, double Percent)[] Surnames =
    [
        ("王", 7.12), ("李", 7.00), ("张", 6.74), ("刘", 5.38), ("陈", 4.53), ("杨", 3.08), ("赵", 2.29), ("黄", 2.23),
        ("周", 1.91), ("吴", 2.05), ("徐", 1.67), ("孙", 1.54), ("胡", 1.16), ("朱", 1.26), ("高", 1.00), ("林", 1.01),
        ("何", 1.06), ("郭", 1.15), ("马", 1.45), ("罗", 0.87), ("梁", 0.81), ("宋", 0.76), ("郑", 0.73), ("谢", 0.68),
        ("韩", 0.66), ("唐", 0.63), ("冯", 0.61), ("于", 0.60), ("董", 0.58), ("萧", 0.10), ("程", 0.54), ("曹", 0.53),
        ("袁", 0.50), ("邓", 0.50), ("许", 0.48), ("傅", 0.45), ("沈", 0.44), ("曾", 0.43), ("彭", 0.43), ("吕", 0.42),
        ("苏", 0.41), ("卢", 0.40), ("蒋", 0.40), ("蔡", 0.39), ("贾", 0.37), ("丁", 0.37), ("魏", 0.36), ("薛", 0.35),
        ("叶", 0.35), ("阎", 0.34), ("余", 0.33), ("潘", 0.33), ("杜", 0.32), ("戴", 0.31), ("夏", 0.31), ("钟", 0.30),
        ("汪", 0.30), ("田", 0.30), ("任", 0.30), ("姜", 0.29), ("范", 0.28), ("方", 0.27), ("石", 0.27), ("姚", 0.26),
        ("谭", 0.26), ("廖", 0.25), ("邹", 0.25), ("熊", 0.24), ("金", 0.24), ("陆", 0.23), ("郝", 0.23), ("孔", 0.22),
        ("白", 0.22), ("崔", 0.22), ("康", 0.21), ("毛", 0.21), ("邱", 0.21), ("秦", 0.20), ("江", 0.20), ("史", 0.20),
        ("顾", 0.19), ("侯", 0.19), ("邵", 0.19), ("孟", 0.18), ("龙", 0.18), ("万", 0.18), ("段", 0.17), ("雷", 0.17),
        ("钱", 0.17), ("汤", 0.16), ("尹", 0.16), ("黎", 0.16), ("易", 0.16), ("常", 0.15), ("武", 0.15), ("乔", 0.15),
        ("贺", 0.15), ("赖", 0.14), ("龚", 0.14), ("文", 0.14), ("靳", 0.05), ("米", 0.03), ("岳", 0.08), ("闫", 0.12),
    ];

    /// <summary>Common given-name characters, commonest first (weight 1/rank^0.7).</summary>
    public const string GivenCharacters =
        "伟英华文明军平建国玉志红海林金秀春丽东新强小永光晓宇峰杰辉斌刚勇敏静燕霞芳娟涛波鹏飞成荣德忠庆兵亮生宏立俊" +
        "桂凤云民福利宁超磊洪彬翠梅兰琴娜玲清雪婷慧萍艳瑞祥贵胜学才喜志鑫浩然博豪子涵轩晨阳思佳欣怡雨泽睿昊宏伟" +
        "海燕振中长春世继承卫红卫东爱国保国润拥炳五太江";

    private static readonly double[] SurnameCumulative = Cumulative(Surnames.Select(s => s.Percent));
    private static readonly double[] GivenCumulative = Cumulative(GivenCharacters.Select((_, rank) => 1 / Math.Pow(rank + 1, 0.7)));

    /// <summary>A name drawn from the tables: 80% with a two-character given name, 20% with one.</summary>
    public static string Draw(Random random)
    {
        var surname = Surnames[Pick(SurnameCumulative, random)].Surname;
        var first = GivenCharacters[Pick(GivenCumulative, random)];
        if (random.NextDouble() < 0.2) return surname + first;
        return string.Concat(surname, first.ToString(), GivenCharacters[Pick(GivenCumulative, random)].ToString());
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return weights.Select(w => sum += w).ToArray();
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return index < 0 ? Math.Min(~index, cumulative.Length - 1) : index;
    }
}
