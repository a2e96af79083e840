Console.WriteLine("roster");
