from rasd.cli.main import main

main()
